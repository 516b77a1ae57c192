import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergePolicies } from '../../../shared/sync/docs';
import { mergeThreeWay, same, setAtPath } from '../../../shared/sync/merge';

type Item = { id: string; text: string };
type Rec = { id: string; title: string; notes: Item[]; tags: string[]; judgement: string };

const text = fc.string({ unit: fc.constantFrom('a', 'b', 'ŵ', 'ŷ', ' ', 'é'), maxLength: 6 });
const items = fc.uniqueArray(fc.record({ id: fc.constantFrom('1', '2', '3', '4', '5', '6'), text }), {
  selector: (i) => i.id,
  maxLength: 5,
});
const record = fc.record({
  id: fc.constant('r'),
  title: text,
  notes: items,
  tags: fc.uniqueArray(fc.constantFrom('C1', 'C2', 'C3', 'C4')),
  judgement: fc.constantFrom('met', 'partly_met', 'not_yet_met'),
});
const policy = { isDecision: (p: string[]) => p[0] === 'judgement' };

describe('three-way merge', () => {
  it('one-sided changes take that side; identical changes agree', () => {
    fc.assert(
      fc.property(record, record, (base, changed) => {
        expect(mergeThreeWay(base, changed, base, policy)).toEqual({ merged: changed, conflicts: [] });
        expect(mergeThreeWay(base, base, changed, policy)).toEqual({ merged: changed, conflicts: [] });
        expect(mergeThreeWay(base, changed, changed, policy)).toEqual({ merged: changed, conflicts: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('items added on either side are both kept; edits are never lost', () => {
    fc.assert(
      fc.property(record, items, items, (base, addOurs, addTheirs) => {
        const known = new Set(base.notes.map((n) => n.id));
        const ours: Rec = {
          ...base,
          notes: [...base.notes, ...addOurs.filter((i) => !known.has(i.id)).map((i) => ({ ...i, id: `o${i.id}` }))],
        };
        const theirs: Rec = {
          ...base,
          notes: [...base.notes, ...addTheirs.filter((i) => !known.has(i.id)).map((i) => ({ ...i, id: `t${i.id}` }))],
        };
        const { merged, conflicts } = mergeThreeWay(base, ours, theirs, policy);
        expect(conflicts).toEqual([]);
        for (const n of [...ours.notes, ...theirs.notes]) expect(merged.notes).toContainEqual(n);
        expect(new Set(merged.notes.map((n) => n.id)).size).toBe(merged.notes.length);
      }),
      { numRuns: 300 },
    );
  });

  it('same text changed both ways is a text conflict; a decision is a decision conflict; choosing resolves it', () => {
    fc.assert(
      fc.property(record, text, text, (base, a, b) => {
        fc.pre(a !== b && a !== base.title && b !== base.title);
        const { merged, conflicts } = mergeThreeWay(base, { ...base, title: a }, { ...base, title: b }, policy);
        expect(conflicts).toEqual([{ path: ['title'], kind: 'text', base: base.title, ours: a, theirs: b }]);
        expect(setAtPath(merged, ['title'], b).title).toBe(b);
      }),
    );
    const base: Rec = { id: 'r', title: '', notes: [], tags: [], judgement: 'met' };
    const r = mergeThreeWay(base, { ...base, judgement: 'partly_met' }, { ...base, judgement: 'not_yet_met' }, policy);
    expect(r.conflicts[0]).toMatchObject({ kind: 'decision', ours: 'partly_met', theirs: 'not_yet_met' });
  });

  it('merging is symmetric up to which side a conflict keeps: both sides end with the same set of conflicts and items', () => {
    fc.assert(
      fc.property(record, record, record, (base, ours, theirs) => {
        const ab = mergeThreeWay(base, ours, theirs, policy);
        const ba = mergeThreeWay(base, theirs, ours, policy);
        expect(ab.conflicts.map((c) => c.path.join('.')).sort()).toEqual(ba.conflicts.map((c) => c.path.join('.')).sort());
        expect(new Set(ab.merged.notes.map((n) => n.id))).toEqual(new Set(ba.merged.notes.map((n) => n.id)));
        expect(new Set(ab.merged.tags)).toEqual(new Set(ba.merged.tags));
        if (ab.conflicts.length === 0)
          expect(
            same(
              { ...ab.merged, notes: [...ab.merged.notes].sort((x, y) => x.id.localeCompare(y.id)), tags: [...ab.merged.tags].sort() },
              { ...ba.merged, notes: [...ba.merged.notes].sort((x, y) => x.id.localeCompare(y.id)), tags: [...ba.merged.tags].sort() },
            ),
          ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a case: judgement and the recommendation are decisions; rationale is text', () => {
    const { isDecision } = mergePolicies.case;
    expect(isDecision?.(['assessment', 'criteria', 'C1', 'judgement'])).toBe(true);
    expect(isDecision?.(['recommendation', 'outcome'])).toBe(true);
    expect(isDecision?.(['assessment', 'criteria', 'C1', 'rationale'])).toBe(false);
    expect(isDecision?.(['assessment', 'interviews', 'x', 'notes'])).toBe(false);
  });
});
