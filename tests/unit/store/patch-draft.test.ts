import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { produce } from '../../../electron/services/store/draft';
import { applyOps, diff } from '../../../electron/services/store/patch';

/**
 * The two pure parts of the write-ahead log: copy-on-write drafts (a change edits a draft, the
 * record it came from stays as it was) and the patch a change is logged as (replaying it onto
 * the old record gives exactly the new one, after a JSON round trip as on disk).
 */

const json = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<unknown>;
const record = fc.dictionary(fc.string({ maxLength: 4 }), json, { maxKeys: 6 });
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** One edit a change handler might make, addressed by a path of choices through the value. */
type Edit =
  | { kind: 'set'; at: number[]; key: string; value: unknown }
  | { kind: 'delete'; at: number[]; key: string }
  | { kind: 'push'; at: number[]; value: unknown }
  | { kind: 'splice'; at: number[]; start: number }
  | { kind: 'filter'; at: number[]; key: string; keep: number }
  | { kind: 'assign'; at: number[]; value: Record<string, unknown> };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.array(fc.nat(), { maxLength: 3 }), key: fc.string({ maxLength: 3 }), value: json }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.array(fc.nat(), { maxLength: 3 }), key: fc.string({ maxLength: 3 }) }),
  fc.record({ kind: fc.constant('push' as const), at: fc.array(fc.nat(), { maxLength: 3 }), value: json }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.array(fc.nat(), { maxLength: 3 }), start: fc.nat() }),
  fc.record({
    kind: fc.constant('filter' as const),
    at: fc.array(fc.nat(), { maxLength: 3 }),
    key: fc.string({ maxLength: 3 }),
    keep: fc.nat(),
  }),
  fc.record({ kind: fc.constant('assign' as const), at: fc.array(fc.nat(), { maxLength: 3 }), value: record }),
);

/** Follows `at` (indices into each level's keys) down to an object or array; the same on a draft. */
function walk(root: Record<string, unknown>, at: number[]): Record<string, unknown> | unknown[] {
  let node: Record<string, unknown> | unknown[] = root;
  for (const choice of at) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const next = (node as Record<string, unknown>)[keys[choice % keys.length]];
    if (typeof next !== 'object' || next === null) break;
    node = next as Record<string, unknown>;
  }
  return node;
}

function perform(root: Record<string, unknown>, edit: Edit): void {
  // Each run gets its own copy of the generated values, as each change gets fresh input: one
  // object shared by the expected tree and the draft would be edited through both.
  const e = structuredClone(edit);
  const node = walk(root, e.at);
  if (Array.isArray(node)) {
    if (e.kind === 'push') node.push(e.value);
    else if (e.kind === 'splice' && node.length) node.splice(e.start % node.length, 1);
    else if (e.kind === 'set' && node.length) node[e.key.length % node.length] = e.value;
    return;
  }
  if (e.kind === 'set') node[e.key] = e.value;
  else if (e.kind === 'delete') delete node[e.key];
  else if (e.kind === 'assign') Object.assign(node, e.value);
  else if (e.kind === 'filter') {
    // Builds a new array from the draft's own children, then puts it back: drafts inside must resolve.
    const list = Object.values(node).filter((_, i) => i % (e.keep + 1) === 0);
    node[e.key] = list;
    const first = list[0];
    if (typeof first === 'object' && first !== null && !Array.isArray(first)) (first as Record<string, unknown>)['touched'] = e.keep;
  }
}

describe('copy-on-write drafts', () => {
  it('give the same result as editing a deep copy, and never change the original', () => {
    fc.assert(
      fc.property(record, fc.array(edit, { maxLength: 8 }), (base, edits) => {
        const frozen = structuredClone(base);
        const expected = structuredClone(base);
        for (const e of edits) perform(expected, e);
        const { next } = produce(base, (draft) => {
          for (const e of edits) perform(draft, e);
        });
        expect(next).toEqual(expected);
        expect(base).toEqual(frozen);
        expect(JSON.stringify(next)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 400 },
    );
  });

  it('shares every untouched subtree with the original', () => {
    const base = { a: { big: [1, 2, 3] }, b: { items: [{ n: 1 }, { n: 2 }] } };
    const { next } = produce(base, (draft) => {
      draft.b.items[1].n = 5;
    });
    expect(next.a).toBe(base.a);
    expect(next.b.items[0]).toBe(base.b.items[0]);
    expect(next.b.items[1]).toEqual({ n: 5 });
    expect(base.b.items[1].n).toBe(2);
  });

  it('returns what the recipe returned with drafts resolved, and revokes drafts afterwards', () => {
    const base = { list: [{ id: 'x', v: 1 }] };
    let kept: { id: string; v: number } | undefined;
    const { next, result } = produce(base, (draft) => {
      kept = draft.list[0];
      kept.v = 2;
      return { item: draft.list[0] };
    });
    expect(result.item).toBe(next.list[0]);
    expect(result.item).toEqual({ id: 'x', v: 2 });
    expect(() => kept?.v).toThrow(TypeError);
  });

  it('leaves the original untouched when the recipe throws (a refused change)', () => {
    const base = { a: { b: 1 } };
    expect(() =>
      produce(base, (draft) => {
        draft.a.b = 2;
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(base).toEqual({ a: { b: 1 } });
  });
});

describe('patches', () => {
  it('replaying the diff onto a copy of the old value, after a JSON round trip, gives the new value', () => {
    fc.assert(
      fc.property(record, fc.array(edit, { maxLength: 8 }), (base, edits) => {
        const { next } = produce(base, (draft) => {
          for (const e of edits) perform(draft, e);
        });
        const ops = roundTrip(diff(base, next));
        expect(applyOps(roundTrip(base), ops)).toEqual(roundTrip(next));
      }),
      { numRuns: 400 },
    );
  });

  it('logs a one-field edit as one small operation, not the record', () => {
    const base = { evidence: Array.from({ length: 1000 }, (_, i) => ({ id: `e${i}`, note: 'x'.repeat(100) })), revision: 3 };
    const { next } = produce(base, (draft) => {
      draft.evidence[500].note = 'typed';
      draft.revision = 4;
    });
    expect(diff(base, next)).toEqual([
      { p: ['evidence', 500, 'note'], v: 'typed' },
      { p: ['revision'], v: 4 },
    ]);
  });

  it('replaces an array whose length changed, and an object whose keys changed, whole', () => {
    expect(diff({ a: [1, 2] }, { a: [1, 2, 3] })).toEqual([{ p: ['a'], v: [1, 2, 3] }]);
    expect(diff({ a: { x: 1 } }, { a: { y: 1 } })).toEqual([{ p: ['a'], v: { y: 1 } }]);
    expect(applyOps({ a: { x: 1, y: 2 } }, [{ p: ['a', 'y'] }])).toEqual({ a: { x: 1 } });
  });
});
