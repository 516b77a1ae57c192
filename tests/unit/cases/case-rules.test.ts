import { describe, expect, it } from 'vitest';
import { caseSchema, type CaseRecord } from '../../../shared/domain/case';
import { actionPlanDeadline, addMonths, blankCase, eligibility, recommendationProblem, stageOf } from '../../../shared/domain/case-rules';
import { builtInFrameworks, findFramework, goAwardV1 } from '../../../shared/frameworks';

const fresh = (): CaseRecord =>
  blankCase({
    id: 'c1',
    organisationId: 'o1',
    organisationName: 'Northvale Borough Council',
    assessor: 'A',
    framework: goAwardV1,
    now: '2026-01-01T09:00:00.000Z',
  });

function allMet(c: CaseRecord): CaseRecord {
  for (const r of goAwardV1.requirements) c.actionPlan.requirements[r.id].status = 'met';
  for (const cr of goAwardV1.criteria) c.assessment.criteria[cr.id].judgement = 'met';
  return c;
}

describe('GO Award framework', () => {
  it('carries the 9 action-plan requirements and the 6 criteria from seed 001', () => {
    expect(goAwardV1.requirements).toHaveLength(9);
    expect(goAwardV1.criteria.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6']);
    expect(goAwardV1.requirements[8].text).toBe('State how the action plan will be monitored');
    expect(findFramework({ id: 'go-award', version: 1 })).toBe(goAwardV1);
    expect(findFramework({ id: 'go-award', version: 2 })).toBeUndefined();
    expect(new Set(builtInFrameworks.map((f) => `${f.id}@${f.version}`)).size).toBe(builtInFrameworks.length);
  });

  it('a blank case is a valid case with every requirement and criterion open', () => {
    const c = fresh();
    expect(caseSchema.parse(c)).toEqual(c);
    expect(Object.keys(c.actionPlan.requirements)).toHaveLength(9);
    expect(Object.values(c.assessment.criteria).every((x) => x.judgement === 'not_assessed')).toBe(true);
  });
});

describe('stages', () => {
  it('moves through notify, sign up, action plan, assessment as the dates are set', () => {
    const c = fresh();
    expect(stageOf(c)).toBe('notify');
    c.notify.date = '2026-01-14';
    expect(stageOf(c)).toBe('sign_up');
    c.signUp.date = '2026-03-03';
    expect(stageOf(c)).toBe('action_plan');
    c.actionPlan.receivedDate = '2026-11-20';
    expect(stageOf(c)).toBe('assessment');
  });
});

describe('action plan due date', () => {
  it('is sign-up + 9 months, clamped at month ends and across years', () => {
    expect(addMonths('2026-03-03', 9)).toBe('2026-12-03');
    expect(addMonths('2026-05-31', 9)).toBe('2027-02-28');
    expect(addMonths('2027-05-31', 9)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('reports not signed up, upcoming, due soon, overdue, received on time and late', () => {
    const c = fresh();
    expect(actionPlanDeadline(c, goAwardV1, '2026-04-01')).toEqual({ due: null, state: 'not_signed_up', daysLeft: null });
    c.signUp.date = '2026-03-03';
    expect(actionPlanDeadline(c, goAwardV1, '2026-04-01')).toMatchObject({ due: '2026-12-03', state: 'upcoming' });
    expect(actionPlanDeadline(c, goAwardV1, '2026-11-03')).toMatchObject({ state: 'due_soon', daysLeft: 30 });
    expect(actionPlanDeadline(c, goAwardV1, '2026-11-02')).toMatchObject({ state: 'upcoming', daysLeft: 31 });
    expect(actionPlanDeadline(c, goAwardV1, '2026-12-03')).toMatchObject({ state: 'due_soon', daysLeft: 0 });
    expect(actionPlanDeadline(c, goAwardV1, '2026-12-04')).toMatchObject({ state: 'overdue', daysLeft: -1 });
    c.actionPlan.receivedDate = '2026-11-20';
    expect(actionPlanDeadline(c, goAwardV1, '2027-06-01')).toMatchObject({ state: 'received' });
    c.actionPlan.receivedDate = '2026-12-10';
    expect(actionPlanDeadline(c, goAwardV1, '2027-06-01')).toMatchObject({ state: 'received_late' });
  });
});

describe('eligibility for the full award', () => {
  it('holds only when all 6 criteria are met and all 9 requirements are met', () => {
    const c = allMet(fresh());
    expect(eligibility(c, goAwardV1)).toEqual({ eligible: true, missing: [] });
  });

  it('lists every criterion and requirement that stands in the way', () => {
    const c = allMet(fresh());
    c.assessment.criteria.C2.judgement = 'partly_met';
    c.actionPlan.requirements.R9.status = 'not_checked';
    expect(eligibility(c, goAwardV1)).toEqual({
      eligible: false,
      missing: [
        { kind: 'requirement', id: 'R9', status: 'not_checked', partlyMet: false },
        { kind: 'criterion', id: 'C2', judgement: 'partly_met' },
      ],
    });
    expect(eligibility(fresh(), goAwardV1).missing).toHaveLength(15);
  });
});

describe('the justification rule', () => {
  const rec = (outcome: 'full_award' | 'not_yet' | null, justification = '') => ({
    outcome,
    justification,
    developmentPoints: '',
    reassessmentDate: null,
    recordedAt: null,
  });
  const eligible = { eligible: true, missing: [] };
  const notEligible = eligibility(fresh(), goAwardV1);

  it('needs an outcome', () => {
    expect(recommendationProblem(rec(null), eligible)).toBe('no_outcome');
  });
  it('accepts an outcome that agrees with eligibility without a justification', () => {
    expect(recommendationProblem(rec('full_award'), eligible)).toBeNull();
    expect(recommendationProblem(rec('not_yet'), notEligible)).toBeNull();
  });
  it('refuses a disagreeing outcome without a written justification, either way round', () => {
    expect(recommendationProblem(rec('full_award'), notEligible)).toBe('justification_required');
    expect(recommendationProblem(rec('not_yet'), eligible)).toBe('justification_required');
    expect(recommendationProblem(rec('not_yet', '   \n '), eligible)).toBe('justification_required');
  });
  it('accepts a disagreeing outcome with a justification', () => {
    expect(recommendationProblem(rec('full_award', 'C2 met in substance: plans signed off after the visit.'), notEligible)).toBeNull();
  });
});
