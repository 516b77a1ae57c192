import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSyncService } from '../../../electron/services/sync/service';
import { toBody } from '../../../electron/services/sync/ports';
import { addOrganisation } from '../helpers/open-services';
import { startCouch, type Couch } from './couch-server';
import { openMember } from './workspaces';

const RUNS = Number(process.env.CASEBOOK_CONVERGENCE_RUNS ?? 200);
let couch: Couch;
let a: Awaited<ReturnType<typeof openMember>>;
let b: Awaited<ReturnType<typeof openMember>>;
let caseId = '';

beforeAll(async () => {
  couch = await startCouch();
  await couch.setup({
    users: [
      { name: 'ann', password: 'ann-password' },
      { name: 'ben', password: 'ben-password' },
    ],
  });
  a = await openMember(couch, 'ann', 'ann-password', 'Ann', false);
  b = await openMember(couch, 'ben', 'ben-password', 'Ben', false);
  // One case shared by both for every run: each run starts from the converged state the last
  // one ended in (checked below), so runs cost edits and syncs, not new databases and servers.
  const org = await addOrganisation(a);
  caseId = (await a.call('cases:create', { organisationId: org.id })).id;
  await couch.setup({ cases: [{ id: caseId, assessors: ['ann', 'ben'] }] });
  await a.sync.share('case', caseId);
  await a.sync.syncNow();
  await b.sync.share('case', caseId);
  await b.sync.syncNow();
});
afterAll(async () => {
  await a.close();
  await b.close();
  await couch.stop();
});

type Side = 'a' | 'b';
type Command = { op: 'note'; side: Side } | { op: 'field'; side: Side } | { op: 'sync'; side: Side } | { op: 'restart'; side: Side };
const side = fc.constantFrom<Side>('a', 'b');
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ op: fc.constant('note' as const), side }),
  fc.record({ op: fc.constant('field' as const), side }),
  fc.record({ op: fc.constant('sync' as const), side }),
  fc.record({ op: fc.constant('restart' as const), side }),
);

/**
 * Random interleavings of edits, syncs and restarts of the sync service (its replica on disk,
 * reopened; the kill -9 test covers a real crash) on two workspaces sharing one case: after a
 * final exchange both hold the same case, nothing waits for a person, and every acknowledged note
 * (of this run and all before it) is there exactly once.
 */
it(`two workspaces converge with no acknowledged edit lost (${RUNS} runs)`, async () => {
  const acknowledged: string[] = [];
  let run = 0;
  const member = { a, b };
  await fc.assert(
    fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 6 }), async (commands) => {
      run++;
      // The run before ended converged; a failure there already stopped the property.
      const start = await a.call('cases:get', { id: caseId });
      expect(start.assessment.interviews.map((i) => i.notes).sort()).toEqual([...acknowledged].sort());
      let n = 0;
      for (const c of commands) {
        const m = member[c.side];
        if (c.op === 'note') {
          const notes = `${c.side}-${run}-${n++} ŵ`;
          await m.call('cases:addInterview', { caseId, draft: { name: c.side, notes } });
          acknowledged.push(notes);
        } else if (c.op === 'field') {
          // Each side owns its own field here, so no change needs a person to choose.
          await m.call('cases:updateCriterion', {
            caseId,
            criterionId: c.side === 'a' ? 'C1' : 'C2',
            patch: { rationale: `${c.side} ${run}.${n++}` },
          });
        } else if (c.op === 'sync') {
          await m.sync.syncNow();
        } else {
          const unfinished = m.sync.syncNow();
          await m.sync.close();
          await unfinished;
          m.sync = createSyncService({
            ctx: m.services.context,
            password: async () => `${m === a ? 'ann' : 'ben'}-password`,
            autoSyncMs: null,
            pullEveryMs: null,
            regional: false,
          });
          await m.sync.load();
        }
      }
      for (const m of [a, b, a, b]) expect(await m.sync.syncNow()).toMatchObject({ state: 'up_to_date', pending: 0, waiting: 0 });
      const ca = await a.call('cases:get', { id: caseId });
      const cb = await b.call('cases:get', { id: caseId });
      expect(toBody(ca)).toEqual(toBody(cb));
      const notes = ca.assessment.interviews.map((i) => i.notes);
      expect([...notes].sort()).toEqual([...acknowledged].sort());
    }),
    // Counterexamples found before come first, every time: after issue 25's merge; and CI's seed
    // -663744572 (runs 69 and 77), which found a merge left unpushed while the status said "up to
    // date", and a criss-cross merge taken against too old an ancestor (CASEBOOK_CONVERGENCE_SEED replays a seed).
    {
      numRuns: RUNS,
      ...(process.env.CASEBOOK_CONVERGENCE_SEED ? { seed: Number(process.env.CASEBOOK_CONVERGENCE_SEED) } : {}),
      examples: [
        [[{ op: 'field', side: 'a' }]],
        [
          [
            { op: 'note', side: 'b' },
            { op: 'restart', side: 'b' },
            { op: 'note', side: 'b' },
            { op: 'restart', side: 'b' },
            { op: 'note', side: 'a' },
            { op: 'note', side: 'b' },
          ],
        ],
        [
          [
            { op: 'field', side: 'b' },
            { op: 'sync', side: 'b' },
            { op: 'field', side: 'b' },
            { op: 'field', side: 'a' },
          ],
        ],
      ],
      endOnFailure: true,
    },
  );
  // 200 runs take 80-115 s on a 2-core machine (each round is a real replication over loopback).
}, 300_000);
