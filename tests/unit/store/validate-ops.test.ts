import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { produce } from '../../../electron/services/store/draft';
import { diff } from '../../../electron/services/store/patch';
import { schemaAt, validateOps } from '../../../electron/services/store/validate-ops';
import { caseSchema, type CaseRecord } from '../../../shared/domain/case';
import { AppError } from '../../../shared/result';
import { generateCase } from '../../bench/cases';
import { seededRandom } from '../../bench/random';

/**
 * A change is validated only where it changed the case. That must be exactly as strict as
 * parsing the whole case, and give the same parsed case (trimmed text, dropped unknown keys).
 */

const base = generateCase(seededRandom(3), {
  id: 'case-1',
  organisationId: 'org-1',
  organisationName: 'Council',
  evidenceCount: 6,
  noteWords: 8,
});

const anyValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '  padded  ',
    '2026-02-30',
    '2026-11-03',
    'met',
    'not_yet_met',
    'document',
    'R9',
    'C2',
    'x'.repeat(201),
    null,
    -1,
    7,
    true,
  ),
  fc.constant({ stray: 1 }),
  fc.constant([]),
);

type Change = (c: CaseRecord, value: unknown, i: number) => void;
const set = (c: object, key: string, value: unknown) => ((c as Record<string, unknown>)[key] = value);
const changes: Change[] = [
  (c, v, i) => set(c.assessment.evidence[i % c.assessment.evidence.length], 'note', v),
  (c, v, i) => set(c.assessment.evidence[i % c.assessment.evidence.length], 'kind', v),
  (c, v, i) => set(c.assessment.evidence[i % c.assessment.evidence.length], 'source', v),
  (c, v, i) => set(c.assessment.evidence[i % c.assessment.evidence.length], String(v).slice(0, 5) || 'k', 1),
  (c, v) => set(c.signUp, 'date', v),
  (c, v) => set(c.notify, 'leadOfficerName', v),
  (c, v) => set(c.actionPlan, 'analysisOfNeed', v),
  (c, v) => set(c.actionPlan.requirements, typeof v === 'string' ? v : 'R1', { status: 'met', note: '', evidence: '' }),
  (c, v) => set(Object.values(c.assessment.criteria)[0], 'judgement', v),
  (c, v) => set(c.recommendation, 'outcome', v),
  (c, v) => set(c, 'revision', v),
  (c, v) => c.assessment.evidence.push({ ...c.assessment.evidence[0], id: typeof v === 'string' ? v : 'new-id', note: String(v) }),
  (c, _v, i) => (c.assessment.evidence = c.assessment.evidence.filter((_, j) => j !== i % 6)),
  (c, v) => c.signUp.signatories.push({ id: 'sig-1', name: String(v), role: 'lead_officer', signature: null } as never),
];

function wholeParse(next: CaseRecord): { ok: true; data: unknown } | { ok: false } {
  const parsed = caseSchema.safeParse(next);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false };
}

function partialParse(changed: CaseRecord): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: validateOps(caseSchema, changed, diff(base, changed), 'case') };
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input') return { ok: false };
    throw error;
  }
}

describe('validating only what a change changed', () => {
  it('accepts and refuses exactly what a whole-case parse does, with the same result', () => {
    const change = fc.record({ which: fc.nat({ max: changes.length - 1 }), value: anyValue, i: fc.nat() });
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (list) => {
        const run = () =>
          produce(base, (draft) => {
            for (const { which, value, i } of list) changes[which](draft, structuredClone(value), i);
          }).next;
        const whole = wholeParse(run());
        const partial = partialParse(run());
        expect(partial.ok, JSON.stringify(list)).toBe(whole.ok);
        seen[whole.ok ? 'accepted' : 'refused'] += 1;
        if (whole.ok && partial.ok) expect(partial.data).toEqual(whole.data);
      }),
      { numRuns: 600 },
    );
    // Both verdicts were exercised, or the agreement above would prove little.
    expect(seen.accepted).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(50);
  });

  it('checks an evidence note edit against the note field alone, not the whole case', () => {
    const { next } = produce(base, (draft) => {
      draft.assessment.evidence[2].note = 'typed';
    });
    const [op] = diff(base, next);
    expect(schemaAt(caseSchema, op.p, next).path).toEqual(['assessment', 'evidence', 2, 'note']);
  });

  it('stops at a signature (a union): the whole signature is checked', () => {
    const record = structuredClone(base);
    record.signUp.signatories = [{ id: 'sig-1', name: 'A', role: 'lead_officer', signature: { kind: 'typed', name: 'A' } } as never];
    const { next } = produce(record, (draft) => {
      (draft.signUp.signatories[0].signature as { name: string }).name = 'B';
    });
    const [op] = diff(record, next);
    expect(schemaAt(caseSchema, op.p, next).path).toEqual(['signUp', 'signatories', 0, 'signature']);
  });
});
