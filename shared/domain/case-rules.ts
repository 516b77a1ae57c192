import type { Framework } from '../frameworks/go-award';
import type { CaseRecord, CaseStage, Judgement, Outcome, Recommendation, RequirementStatus } from './case';
import { CASE_SCHEMA_VERSION } from './case';

/** How many days before the due date an action plan counts as due soon. */
export const DUE_SOON_DAYS = 30;

/** A blank case on `framework`: every requirement not checked, every criterion not assessed. */
export function blankCase(input: {
  id: string;
  organisationId: string;
  organisationName: string;
  assessor: string;
  framework: Framework;
  now: string;
}): CaseRecord {
  const { framework } = input;
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id: input.id,
    organisationId: input.organisationId,
    organisationName: input.organisationName,
    framework: { id: framework.id, version: framework.version },
    assessor: input.assessor,
    notify: { date: null, kind: null, leadOfficerName: '', leadOfficerRole: '' },
    signUp: { date: null, scope: 'whole_organisation', directorates: [], signatories: [] },
    actionPlan: {
      receivedDate: null,
      analysisOfNeed: '',
      steeringGroup: '',
      unionRepresentation: '',
      requirements: Object.fromEntries(framework.requirements.map((r) => [r.id, { status: 'not_checked', note: '', evidence: '' }])),
      actions: [],
    },
    assessment: {
      visitDates: [],
      assessors: [],
      criteria: Object.fromEntries(
        framework.criteria.map((c) => [c.id, { judgement: 'not_assessed', rationale: '', developmentPoints: '' }]),
      ),
      evidence: [],
      interviews: [],
      communityRecognised: null,
      communityNote: '',
      namePeopleInReport: false,
    },
    recommendation: { outcome: null, developmentPoints: '', reassessmentDate: null, justification: '', recordedAt: null },
    createdAt: input.now,
    updatedAt: input.now,
    revision: 0,
  };
}

/** The stage a case is in: the first one not yet reached its milestone date. */
export function stageOf(c: CaseRecord): CaseStage {
  if (!c.notify.date) return 'notify';
  if (!c.signUp.date) return 'sign_up';
  const assessmentStarted = c.assessment.visitDates.length > 0;
  if (!c.actionPlan.receivedDate && !assessmentStarted) return 'action_plan';
  return 'assessment';
}

/** `date` (YYYY-MM-DD) plus `months`, clamped to the month's last day (31 May + 9 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const totalMonths = y * 12 + (m - 1) + months;
  const year = Math.floor(totalMonths / 12);
  const month = (totalMonths % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type DeadlineState = 'not_signed_up' | 'upcoming' | 'due_soon' | 'overdue' | 'received' | 'received_late';

export interface ActionPlanDeadline {
  /** Sign-up + the framework's months; null before sign-up. */
  due: string | null;
  state: DeadlineState;
  /** Days until due (negative when overdue); null when not applicable. */
  daysLeft: number | null;
}

/** When the action plan is due and whether it is due soon, overdue, or in (on time or late). */
export function actionPlanDeadline(c: CaseRecord, framework: Framework, today: string): ActionPlanDeadline {
  const due = c.signUp.date ? addMonths(c.signUp.date, framework.actionPlanDueMonths) : null;
  return deadlineOn(due, c.actionPlan.receivedDate, today);
}

/** The deadline state from the due date, the received date and today (all YYYY-MM-DD). */
export function deadlineOn(due: string | null, received: string | null, today: string): ActionPlanDeadline {
  if (!due) return { due: null, state: 'not_signed_up', daysLeft: null };
  if (received) return { due, state: received > due ? 'received_late' : 'received', daysLeft: null };
  const daysLeft = daysBetween(today, due);
  if (daysLeft < 0) return { due, state: 'overdue', daysLeft };
  return { due, state: daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'upcoming', daysLeft };
}

export type MissingItem =
  | { kind: 'criterion'; id: string; judgement: Judgement }
  /** `partlyMet`: the requirement is partly met, which counts as not met; the product says so. */
  | { kind: 'requirement'; id: string; status: RequirementStatus; partlyMet: boolean };

export interface Eligibility {
  /** All criteria met and all action-plan requirements met. */
  eligible: boolean;
  missing: MissingItem[];
}

/**
 * "Eligible for the full award": every criterion Met and every requirement met; lists what is not.
 * A requirement partly met is not met for eligibility, and is listed with that reason.
 */
export function eligibility(c: CaseRecord, framework: Framework): Eligibility {
  const missing: MissingItem[] = [];
  for (const r of framework.requirements) {
    const status = c.actionPlan.requirements[r.id]?.status ?? 'not_checked';
    if (status !== 'met') missing.push({ kind: 'requirement', id: r.id, status, partlyMet: status === 'partly_met' });
  }
  for (const cr of framework.criteria) {
    const judgement = c.assessment.criteria[cr.id]?.judgement ?? 'not_assessed';
    if (judgement !== 'met') missing.push({ kind: 'criterion', id: cr.id, judgement });
  }
  return { eligible: missing.length === 0, missing };
}

/** True when the outcome says something other than what eligibility says. */
export function disagreesWithEligibility(outcome: Outcome | null, eligible: boolean): boolean {
  if (outcome === null) return false;
  return (outcome === 'full_award') !== eligible;
}

export type RecommendationProblem = 'no_outcome' | 'justification_required' | 'reassessment_date_required';

/**
 * Why a recommendation cannot be recorded yet, or null. The justification rule: an outcome
 * that disagrees with eligibility needs a written justification.
 */
export function recommendationProblem(rec: Recommendation, elig: Eligibility): RecommendationProblem | null {
  if (rec.outcome === null) return 'no_outcome';
  if (disagreesWithEligibility(rec.outcome, elig.eligible) && rec.justification.trim().length === 0) {
    return 'justification_required';
  }
  return null;
}
