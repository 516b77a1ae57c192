import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionIssueLogFor } from '../../../../electron/services/reports/adapters/action-issue-log';
import { assessmentReportFromCase } from '../../../../electron/services/reports/adapters/case-assessment';
import { awardCertificateFromCase } from '../../../../electron/services/reports/adapters/case-award';
import { commitmentCertificateFromCase } from '../../../../electron/services/reports/adapters/case-commitment';
import type { AdapterContext } from '../../../../electron/services/reports/adapters/common';
import { agendaFromWorkshop } from '../../../../electron/services/reports/adapters/workshop-agenda';
import { workshopFeedbackFromWorkshop } from '../../../../electron/services/reports/adapters/workshop-feedback';
import { definitionFor } from '../../../../electron/services/reports/documents';
import { formatDate } from '../../../../electron/services/reports/format';
import type { CaseRecord } from '../../../../shared/domain/case';
import {
  actionIssueLogModelSchema,
  agendaModelSchema,
  assessmentReportModelSchema,
  awardCertificateModelSchema,
  commitmentCertificateModelSchema,
  workshopFeedbackModelSchema,
} from '../../../../shared/domain/report-models';
import type { Workshop } from '../../../../shared/domain/workshop';
import { goAwardV1 } from '../../../../shared/frameworks';
import { textOf } from '../text-of';
import { caseRecord, INTERVIEWEE, SECRET, workshopRecord } from './generators';

/*
 * The document truth suite, model level: at least 1,000 generated records per kind through the
 * pure adapters and document builders. Expectations are worked out here from the raw record,
 * not through the rules the adapters use, so a wrong shared rule fails too.
 */

const RUNS = { numRuns: 1000 };
const ctx: AdapterContext = {
  now: '2025-06-15T10:00:00.000Z',
  author: 'Priya Shah',
  authorOrganisation: 'Eastmoor Regional Employers',
  issuer: null,
};
const today = ctx.now.slice(0, 10);

/** Whether the adapter refused with a person-readable message rather than making something up. */
function refuses(build: () => unknown): boolean {
  try {
    build();
    return false;
  } catch (error) {
    expect((error as Error).message).toMatch(
      /before exporting|only for an authority|Add at least one|runs past midnight|Record the|has no actions or issues yet/,
    );
    return true;
  }
}

/**
 * Whether the record holds a decided recommendation, worked out here from the raw record: an
 * outcome the assessor recorded, agreeing with eligibility (all nine requirements and all six
 * criteria met) or carrying a written justification. Anything else is a draft.
 */
function decidedOutcome(record: CaseRecord): 'full_award' | 'not_yet' | null {
  const { outcome, recordedAt, justification } = record.recommendation;
  if (!outcome || !recordedAt) return null;
  const allRequirements = Array.from({ length: 9 }, (_, i) => record.actionPlan.requirements[`R${i + 1}`]?.status).every(
    (st) => st === 'met',
  );
  const allCriteria = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'].every((c) => record.assessment.criteria[c]?.judgement === 'met');
  const eligible = allRequirements && allCriteria;
  if ((outcome === 'full_award') !== eligible && !justification.trim()) return null;
  return outcome;
}

const occurrences = (text: string, word: string) => text.split(word).length - 1;
const overdueIn = (actions: { dueDate: string | null; status: string }[]) =>
  actions.filter((a) => a.status !== 'done' && a.dueDate !== null && a.dueDate < today).length;

describe('assessment report (1,000 generated cases)', () => {
  it('carries every decided fact as recorded, every undecided one as undecided, true counts and nothing confidential', () => {
    fc.assert(
      fc.property(caseRecord, (record: CaseRecord) => {
        const model = assessmentReportModelSchema.parse(assessmentReportFromCase(record, goAwardV1, 'Wales', new Map(), ctx));
        const { assessment } = record;
        // A draft is never printed as a decision, nor its re-assessment date or justification.
        const decided = decidedOutcome(record);
        expect(model.recommendation.outcome).toBe(decided);
        if (!decided) {
          expect(model.recommendation.reassessmentDate).toBeNull();
          expect(model.recommendation.justification).toBe('');
        }
        for (const c of model.criteria) {
          expect(c.judgement).toBe(assessment.criteria[c.id]?.judgement ?? 'not_assessed');
          expect(c.evidence).toHaveLength(assessment.evidence.filter((e) => e.criteria.includes(c.id)).length);
          expect(c.interviews).toHaveLength(assessment.interviews.filter((i) => i.criteria.includes(c.id) && !i.confidential).length);
          for (const point of c.developmentPoints) expect(point).not.toMatch(/^(\d+[.)]|[-•*])\s/);
        }
        expect(model.unlinkedEvidence).toHaveLength(assessment.evidence.filter((e) => e.criteria.length === 0).length);
        expect(model.communityPartnership.status).toBe(
          assessment.communityRecognised === null ? 'not_decided' : assessment.communityRecognised ? 'recognised' : 'not_recognised',
        );
        model.requirements.forEach((r) => expect(r.status).toBe(record.actionPlan.requirements[`R${r.number}`]?.status ?? 'not_checked'));
        expect(model.peopleMet).toHaveLength(assessment.interviews.filter((i) => !i.confidential).length);
        expect(model.confidentialInterviews).toBe(assessment.interviews.filter((i) => i.confidential).length);

        const text = textOf(definitionFor({ kind: 'assessment-report', model }));
        expect(text.includes('No recommendation is recorded')).toBe(decided === null);
        expect(text.includes('Recommended for the full GO Local Government Award')).toBe(decided === 'full_award');
        expect(text.includes('Suggested re-assessment')).toBe(decided === 'not_yet' && record.recommendation.reassessmentDate !== null);
        expect(text).not.toContain('No justification was recorded');
        expect(text).not.toContain(SECRET);
        if (!assessment.namePeopleInReport) expect(text).not.toContain(INTERVIEWEE);
        for (const i of assessment.interviews.filter((v) => !v.confidential && v.name && assessment.namePeopleInReport))
          expect(text).toContain(i.name);
        if (assessment.communityRecognised === null) {
          expect(text).toContain('Not yet decided.');
          expect(text).not.toContain('Not recognised');
        }
        const n = assessment.evidence.length;
        expect(model.summary).toContain(`${n} evidence ${n === 1 ? 'item' : 'items'} recorded`);
        expect(text).not.toMatch(/\b1 evidence items\b|\b1 interviews\b/);
        if (assessment.visitDates.length > 0) {
          expect(model.summary).not.toMatch(/not yet been held|No peer assessment visit date/);
          for (const d of assessment.visitDates) expect(text).toContain(formatDate(d));
        } else expect(model.summary).toContain('No peer assessment visit date is recorded yet');
        if (record.notify.leadOfficerName) expect(text).toContain(record.notify.leadOfficerName);
        const assessors = assessment.assessors.length ? assessment.assessors : [record.assessor].filter(Boolean);
        expect(model.assessors).toEqual(assessors);
      }),
      RUNS,
    );
  });
});

describe('certificates (1,000 generated cases each)', () => {
  it('the commitment carries every named signatory and the authority, or says what is missing', () => {
    fc.assert(
      fc.property(caseRecord, (record) => {
        const named = record.signUp.signatories.filter((s) => s.name.trim());
        if (!record.signUp.date || named.length === 0) {
          expect(refuses(() => commitmentCertificateFromCase(record, goAwardV1, ctx))).toBe(true);
          return;
        }
        const model = commitmentCertificateModelSchema.parse(commitmentCertificateFromCase(record, goAwardV1, ctx));
        expect(model.signatories.map((s) => s.name)).toEqual(named.map((s) => s.name.trim()));
        expect(model.signUpDate).toBe(record.signUp.date);
        const text = textOf(definitionFor({ kind: 'commitment-certificate', model }));
        expect(text).toContain(record.organisationName);
        expect(text).not.toContain('Page 1 of');
      }),
      RUNS,
    );
  });

  it('the award exists only for a recorded full award, with recognition only when recorded and the recorded assessors', () => {
    fc.assert(
      fc.property(caseRecord, (record) => {
        if (decidedOutcome(record) !== 'full_award') {
          expect(refuses(() => awardCertificateFromCase(record, 'Wales', ctx))).toBe(true);
          return;
        }
        const model = awardCertificateModelSchema.parse(awardCertificateFromCase(record, 'Wales', ctx));
        expect(model.communityPartnershipRecognised).toBe(record.assessment.communityRecognised === true);
        const assessors = record.assessment.assessors.length ? record.assessment.assessors : [record.assessor].filter(Boolean);
        expect(model.assessorName).toBe(assessors.join(', '));
        const text = textOf(definitionFor({ kind: 'award-certificate', model }));
        expect(text.includes('community partnerships')).toBe(record.assessment.communityRecognised === true);
        const met = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'].filter((c) => record.assessment.criteria[c]?.judgement === 'met').length;
        expect(text.includes('meeting all six award criteria')).toBe(met === 6);
        if (met < 6) expect(text).toContain(`with ${met} of the 6 award criteria judged met`);
        expect(text.includes('whole-organisation')).toBe(record.signUp.scope === 'whole_organisation');
      }),
      RUNS,
    );
  });
});

describe('workshop documents (1,000 generated workshops each)', () => {
  it('the feedback report has every theme, true counts, one overdue rule and nothing confidential', () => {
    fc.assert(
      fc.property(workshopRecord, (workshop: Workshop) => {
        if (workshop.notes.length === 0 && workshop.ratings.length === 0) {
          expect(refuses(() => workshopFeedbackFromWorkshop(workshop, 'Forum', ctx))).toBe(true);
          return;
        }
        const model = workshopFeedbackModelSchema.parse(workshopFeedbackFromWorkshop(workshop, 'Forum', ctx));
        expect(model.themes.map((t) => t.title)).toEqual(workshop.themes.map((t) => t.title));
        model.themes.forEach((t, i) => {
          const id = workshop.themes[i].id;
          expect(t.discussed).toBe(
            workshop.notes.some((n) => n.themeId === id) ||
              workshop.ratings.some((r) => r.themeId === id && workshop.groups.some((g) => g.id === r.groupId)),
          );
          expect(t.keyPoints).toHaveLength(workshop.notes.filter((n) => n.themeId === id && !n.confidential).length);
        });
        expect(model.withheld.casework).toBe(workshop.issues.filter((i) => i.individualContractualDispute).length);
        expect(model.issues).toHaveLength(workshop.issues.filter((i) => !i.individualContractualDispute).length);
        expect(model.topTips).toHaveLength(workshop.topTips.filter((t) => !t.confidential).length);
        expect(model.attendance.total).toBe(workshop.attendees.length);
        const text = textOf(definitionFor({ kind: 'workshop-feedback', model }));
        expect(text).not.toContain(SECRET);
        expect(occurrences(text, 'Overdue')).toBe(overdueIn(workshop.actions));
        expect(model.introduction).toContain(`${workshop.themes.length === 1 ? '1 theme' : `${workshop.themes.length} themes`}`);
        if (model.withheld.casework > 0) expect(text).toMatch(/kept for union casework.*\(not shown\)/);
      }),
      RUNS,
    );
  });

  it('the agenda lists every item, or says why it cannot', () => {
    fc.assert(
      fc.property(workshopRecord, (workshop) => {
        const total = workshop.agenda.reduce((sum, a) => sum + a.minutes, 0);
        if (workshop.agenda.length === 0 || 9 * 60 + 30 + total > 24 * 60) {
          expect(refuses(() => agendaFromWorkshop(workshop, 'Forum', ctx))).toBe(true);
          return;
        }
        const model = agendaModelSchema.parse(agendaFromWorkshop(workshop, 'Forum', ctx));
        expect(model.items.map((i) => i.title)).toEqual(workshop.agenda.map((a) => a.title));
      }),
      RUNS,
    );
  });

  it('the action and issue log marks overdue by the same rule, keeps disputes out and counts them', () => {
    fc.assert(
      fc.property(workshopRecord, caseRecord, (workshop, record) => {
        const organisation = { id: 'org-truth', name: record.organisationName };
        const all = [...record.actionPlan.actions, ...workshop.actions];
        const issues = workshop.issues.filter((i) => !i.individualContractualDispute);
        if (all.length === 0 && issues.length === 0) {
          expect(refuses(() => actionIssueLogFor(organisation, [record], [workshop], ctx))).toBe(true);
          return;
        }
        const model = actionIssueLogModelSchema.parse(actionIssueLogFor(organisation, [record], [workshop], ctx));
        expect(model.actions).toHaveLength(all.length);
        expect(model.issues).toHaveLength(issues.length);
        expect(model.withheld.casework).toBe(workshop.issues.length - issues.length);
        const text = textOf(definitionFor({ kind: 'action-issue-log', model }));
        expect(text).not.toContain(SECRET);
        expect(occurrences(text, 'Overdue')).toBe(overdueIn(all));
        expect(text).toContain(`${overdueIn(all)} ${overdueIn(all) === 1 ? 'action' : 'actions'}`);
      }),
      RUNS,
    );
  });
});
