import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentStatements, awardStatements, commitmentStatements } from '../../../../electron/services/reports/statements/case';
import { feedbackStatements } from '../../../../electron/services/reports/statements/workshop';
import { statementSchema, type Statement } from '../../../../shared/domain/statements';
import { goAwardV1 } from '../../../../shared/frameworks';
import { caseRecord, SECRET, workshopRecord } from '../truth/generators';

/*
 * The statement layer over 1,000 generated records per kind: every statement valid, with sources,
 * a value only when recorded, and each decision's state worked out here from the raw record.
 */

const RUNS = { numRuns: 1000 };
const byId = (list: Statement[]) => new Map(list.map((s) => [s.id, s]));
const wellFormed = (list: Statement[]) => {
  for (const s of list) {
    expect(statementSchema.safeParse(s).success).toBe(true);
    expect(s.sources.length).toBeGreaterThan(0);
    if (s.state === 'undecided' || s.state === 'not_applicable') expect(s.value).toBeNull();
  }
  expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
  expect(JSON.stringify(list)).not.toContain(SECRET);
};

describe('statements (1,000 generated records per kind)', () => {
  it('commitment: a signature is recorded only when made, its date only when recorded', () => {
    fc.assert(
      fc.property(caseRecord, (record) => {
        const list = commitmentStatements(record);
        wellFormed(list);
        const s = byId(list);
        record.signUp.signatories
          .filter((p) => p.name.trim())
          .forEach((p, i) => {
            expect(s.get(`signatory.${i}.signature`)?.state).toBe(p.signature ? 'recorded' : 'undecided');
            expect(s.get(`signatory.${i}.date`)?.state).toBe(!p.signature ? 'not_applicable' : p.date ? 'recorded' : 'undecided');
          });
      }),
      RUNS,
    );
  });

  it('assessment and award: the outcome is recorded only when recorded and accepted by the rules', () => {
    fc.assert(
      fc.property(caseRecord, fc.constantFrom('', 'Justified.'), (raw, justification) => {
        const record = { ...raw, recommendation: { ...raw.recommendation, justification } };
        const { outcome, recordedAt } = record.recommendation;
        const met = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'].filter((c) => record.assessment.criteria[c]?.judgement === 'met').length;
        const eligible =
          met === 6 && Array.from({ length: 9 }, (_, i) => record.actionPlan.requirements[`R${i + 1}`]?.status).every((st) => st === 'met');
        const expected = outcome && recordedAt && ((outcome === 'full_award') === eligible || justification) ? outcome : null;
        for (const list of [assessmentStatements(record, goAwardV1), awardStatements(record, goAwardV1)]) {
          wellFormed(list);
          expect(byId(list).get('recommendation.outcome')?.value).toBe(expected);
        }
        expect(byId(awardStatements(record, goAwardV1)).get('criteria.met')?.value).toEqual({ met, of: 6 });
        const reassess = byId(assessmentStatements(record, goAwardV1)).get('recommendation.reassessmentDate');
        expect(reassess?.state).toBe(expected === 'not_yet' && record.recommendation.reassessmentDate ? 'recorded' : 'not_applicable');
      }),
      RUNS,
    );
  });

  it('feedback: parking lot without confidential points, issues local and open until the log takes them, withheld counted', () => {
    fc.assert(
      fc.property(workshopRecord, (w) => {
        const list = feedbackStatements(w, []);
        wellFormed(list);
        const s = byId(list);
        expect(s.get('parkingLot')?.value).toEqual(w.parkingLot.filter((p) => !p.confidential).map((p) => p.text));
        const disputes = w.issues.filter((i) => i.individualContractualDispute).length;
        expect(s.get('withheld.casework')?.value ?? 0).toBe(disputes);
        for (let n = 0; n < w.issues.length - disputes; n += 1) {
          expect(s.get(`issue.${n}.level`)?.value).toBe('local');
          expect(s.get(`issue.${n}.status`)?.value).toBe('open');
        }
      }),
      RUNS,
    );
  });
});
