import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseSchema, requirementStatuses, type CaseRecord } from '../../../shared/domain/case';
import { blankCase, eligibility } from '../../../shared/domain/case-rules';
import { criterionOfKey, tickQuestion, visitQuestions, withVisitDay } from '../../../shared/domain/visit-questions';
import { goAwardV1 } from '../../../shared/frameworks';

const fresh = (): CaseRecord =>
  blankCase({
    id: 'c1',
    organisationId: 'o1',
    organisationName: 'Northvale Borough Council',
    assessor: 'A',
    framework: goAwardV1,
    now: '2026-01-01T09:00:00.000Z',
  });

const interview = (id: string, answers: string[] = [], criteria: string[] = []) => ({
  id,
  at: '2026-12-02T10:00:00.000Z',
  name: '',
  role: '',
  group: null,
  notes: '',
  criteria,
  answers,
});

describe('requirement status partly met', () => {
  it('is one of the four statuses, in the order the select shows them', () => {
    expect(requirementStatuses).toEqual(['not_checked', 'met', 'partly_met', 'not_met']);
  });

  it('counts as not met for eligibility, and the missing item says it was partly met', () => {
    const c = fresh();
    for (const r of goAwardV1.requirements) c.actionPlan.requirements[r.id].status = 'met';
    for (const cr of goAwardV1.criteria) c.assessment.criteria[cr.id].judgement = 'met';
    expect(eligibility(c, goAwardV1).eligible).toBe(true);
    c.actionPlan.requirements.R9.status = 'partly_met';
    expect(eligibility(c, goAwardV1)).toEqual({
      eligible: false,
      missing: [{ kind: 'requirement', id: 'R9', status: 'partly_met', partlyMet: true }],
    });
  });

  it('eligible exactly when every requirement is met and every criterion met, whatever the mix (property)', () => {
    const judgementArb = fc.constantFrom('not_assessed', 'met', 'partly_met', 'not_yet_met' as const);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...requirementStatuses), { minLength: 9, maxLength: 9 }),
        fc.array(judgementArb, { minLength: 6, maxLength: 6 }),
        (statuses, judgements) => {
          const c = fresh();
          goAwardV1.requirements.forEach((r, i) => (c.actionPlan.requirements[r.id].status = statuses[i]));
          goAwardV1.criteria.forEach((cr, i) => (c.assessment.criteria[cr.id].judgement = judgements[i]));
          const result = eligibility(c, goAwardV1);
          expect(result.eligible).toBe(statuses.every((s) => s === 'met') && judgements.every((j) => j === 'met'));
          const partly = result.missing.filter((m) => m.kind === 'requirement' && m.partlyMet).map((m) => m.id);
          expect(partly).toEqual(goAwardV1.requirements.filter((_, i) => statuses[i] === 'partly_met').map((r) => r.id));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('old cases without the new fields still read, with nothing flagged', () => {
    const c = fresh() as unknown as { actionPlan: { requirements: Record<string, Record<string, unknown>> } };
    delete c.actionPlan.requirements.R1.askAtVisit;
    const parsed = caseSchema.parse(c);
    expect(parsed.actionPlan.requirements.R1.askAtVisit ?? false).toBe(false);
  });
});

describe('visit questions', () => {
  it('every criterion of the framework has prompts to ask on the day', () => {
    for (const c of goAwardV1.criteria) expect(c.prompts.length).toBeGreaterThan(0);
  });

  it('gathers flagged notes and the framework prompts, and not unflagged or empty notes', () => {
    const c = fresh();
    c.actionPlan.requirements.R9.note = 'How will the steering group monitor the plan?';
    c.actionPlan.requirements.R9.askAtVisit = true;
    c.actionPlan.requirements.R3.note = 'Survey of 1,240 staff'; // a note, not a question
    c.actionPlan.requirements.R4.askAtVisit = true; // flagged but empty
    c.assessment.criteria.C2.note = 'Is SfL in directorate service plans?';
    c.assessment.criteria.C2.askAtVisit = true;
    const qs = visitQuestions(c, goAwardV1);
    expect(qs.filter((q) => q.source === 'requirement_note')).toEqual([
      {
        key: 'R9',
        source: 'requirement_note',
        criterionId: null,
        requirementId: 'R9',
        text: 'How will the steering group monitor the plan?',
        answeredBy: [],
      },
    ]);
    const c2 = qs.filter((q) => q.criterionId === 'C2');
    expect(c2.map((q) => q.key)).toEqual(['C2', ...goAwardV1.criteria[1].prompts.map((_, i) => `C2.p${i + 1}`)]);
    expect(c2[0]).toMatchObject({ source: 'criterion_note', text: 'Is SfL in directorate service plans?' });
    expect(qs.filter((q) => q.source === 'prompt')).toHaveLength(goAwardV1.criteria.reduce((n, cr) => n + cr.prompts.length, 0));
  });

  it('a question is answered by exactly the interview notes that list it', () => {
    const c = fresh();
    c.assessment.interviews = [interview('i1', ['C1.p1']), interview('i2', ['C1.p1', 'C5.p2']), interview('i3')];
    const qs = visitQuestions(c, goAwardV1);
    expect(qs.find((q) => q.key === 'C1.p1')?.answeredBy).toEqual(['i1', 'i2']);
    expect(qs.find((q) => q.key === 'C5.p2')?.answeredBy).toEqual(['i2']);
    expect(qs.filter((q) => q.answeredBy.length > 0)).toHaveLength(2);
  });

  it('ticking a criterion question links the note to that criterion; unticking leaves the link', () => {
    const note = interview('i1', [], ['C5']);
    expect(tickQuestion(note, 'C2.p1', true)).toEqual({ answers: ['C2.p1'], criteria: ['C2', 'C5'] });
    expect(tickQuestion({ answers: ['C2.p1'], criteria: ['C2'] }, 'C2.p1', true)).toEqual({ answers: ['C2.p1'] });
    expect(tickQuestion({ answers: ['C2.p1', 'R9'], criteria: ['C2'] }, 'C2.p1', false)).toEqual({ answers: ['R9'] });
    expect(tickQuestion(note, 'R9', true)).toEqual({ answers: ['R9'] });
    expect(criterionOfKey('C12.p3')).toBe('C12');
    expect(criterionOfKey('R9')).toBeNull();
  });
});

describe('visit day', () => {
  it('adds the day once and keeps the dates in order', () => {
    expect(withVisitDay([], '2026-12-02')).toEqual(['2026-12-02']);
    expect(withVisitDay(['2026-12-03'], '2026-12-02')).toEqual(['2026-12-02', '2026-12-03']);
    expect(withVisitDay(['2026-12-02'], '2026-12-02')).toEqual(['2026-12-02']);
  });
});
