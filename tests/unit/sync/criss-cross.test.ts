import { afterEach, expect, it } from 'vitest';
import { getRev, resolveConflicts, writeChild } from '../../../electron/services/sync/mirror';
import { openLocal, type Database, type PouchDoc } from '../../../electron/services/sync/pouch';

/**
 * A criss-cross history, built revision by revision in a real (in-memory) PouchDB replica:
 *
 *   R ── A1 (Ann: C1 "ann") ── M1 = A1 + B1 (Ann's merge) ── A2 (Ann: C1 "ann2")
 *    └── B1 (Ben: C2 "77.0") ── B2 (Ben: C2 "77.1") ── M2 = B2 + A1   (Ben's merge)
 *
 * A2 and M2 meet. Both A1 and B1 are their best common ancestors; neither descends from the
 * other. Taking either alone (or R) as the base makes one person's successive edits look like a
 * conflict between two people (A1: Ben's C2; B1: Ann's C1). Found by the convergence test on CI
 * (seed -663744572).
 */
const docId = 'case:r';
const body = (c1: string, c2: string) => ({ id: 'r', assessment: { criteria: { C1: { rationale: c1 }, C2: { rationale: c2 } } } });
const doc = (author: string, c1: string, c2: string, extra: Record<string, unknown> = {}) => ({
  type: 'case',
  v: 1,
  author,
  at: '2026-05-10T09:00:00.000Z',
  body: body(c1, c2),
  ...extra,
});

let db: Database;
afterEach(async () => db.close());

async function at(rev: string): Promise<PouchDoc> {
  return (await getRev(db, docId, rev))!;
}

it('merges a criss-cross history against both best ancestors: one person’s successive edits are no conflict', async () => {
  db = openLocal(null, 'criss-cross');
  const r = await writeChild(db, docId, null, doc('Ann', 'r', '74.0'));
  const a1 = await writeChild(db, docId, await at(r), doc('Ann', 'ann', '74.0'));
  const b1 = await writeChild(db, docId, await at(r), doc('Ben', 'r', '77.0'));
  const m1 = await writeChild(db, docId, await at(a1), doc('Ann & Ben', 'ann', '77.0', { mergedRevs: [b1] }));
  await writeChild(db, docId, await at(m1), doc('Ann', 'ann2', '77.0'));
  const b2 = await writeChild(db, docId, await at(b1), doc('Ben', 'r', '77.1'));
  await writeChild(db, docId, await at(b2), doc('Ann & Ben', 'ann', '77.1', { mergedRevs: [a1] }));
  // Close the branches each merge took in, as closeWithMerge does: two live leaves remain, M1 and M2.
  await writeChild(db, docId, await at(b1), { _deleted: true }, 'closed-b1');
  await writeChild(db, docId, await at(a1), { _deleted: true }, 'closed-a1');
  expect((await db.get(docId, { conflicts: true }))._conflicts).toHaveLength(1);

  const resolution = await resolveConflicts(db, docId);

  expect(resolution).toMatchObject({ state: 'merged' });
  const winner = await db.get(docId, { conflicts: true });
  expect(winner._conflicts ?? []).toEqual([]);
  expect(winner.body).toEqual(body('ann2', '77.1'));
});

it('still asks a person when two people changed the same text after their last common ancestor', async () => {
  db = openLocal(null, 'criss-cross-conflict');
  const r = await writeChild(db, docId, null, doc('Ann', 'r', '74.0'));
  await writeChild(db, docId, await at(r), doc('Ann', 'r', 'ann’s'));
  await writeChild(db, docId, await at(r), doc('Ben', 'r', 'ben’s'));

  const resolution = await resolveConflicts(db, docId);

  expect(resolution.state).toBe('pending');
  if (resolution.state !== 'pending') return;
  expect(resolution.pending.conflicts).toEqual([
    expect.objectContaining({ path: ['assessment', 'criteria', 'C2', 'rationale'], base: '74.0' }),
  ]);
});
