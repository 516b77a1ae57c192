import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSyncService } from '../../../electron/services/sync/service';
import { addOrganisation } from '../helpers/open-services';
import { useRegionServer } from './region-server';

const region = useRegionServer();
const { open, members } = region;

describe('joining a case a co-assessor shared', () => {
  it('a member sees it, joins it (with its organisation), and it syncs both ways; a non-member is told, never shown its name', async () => {
    const alice = await open('alice', 'Alice Rees');
    const bob = await open('bob', 'Bob Ŵyn');
    const carol = await open('carol', 'Carol Ŷ');
    const org = await addOrganisation(alice, 'Cyngor Sir Ddinbych — ŵ');
    const created = await alice.call('cases:create', { organisationId: org.id });
    const users = ['alice', 'bob', 'carol'].map((name) => ({ name, password: `${name}-password` }));
    // The region coordinator sets up the case's database: Alice and Bob are its assessors; Carol is not.
    await region.couch.setup({ users, cases: [{ id: created.id, assessors: ['alice', 'bob'] }] });

    // Before Alice shares it, nobody sees it: nothing is uploaded until the owner chooses.
    expect(await bob.call('sync:sharedCases')).toEqual({ cases: [], noAccess: 0 });
    await alice.call('sync:share', { kind: 'case', id: created.id });
    expect(await alice.sync.syncNow()).toMatchObject({ state: 'up_to_date' });

    const seen = await bob.call('sync:sharedCases');
    expect(seen.noAccess).toBe(0);
    expect(seen.cases).toEqual([
      { id: created.id, organisationName: 'Cyngor Sir Ddinbych — ŵ', sharedBy: 'Alice Rees', sharedAt: expect.any(String), here: false },
    ]);
    // Alice sees her own case as already here.
    expect((await alice.call('sync:sharedCases')).cases.map((c) => c.here)).toEqual([true]);

    expect(await bob.call('sync:joinCase', { id: created.id })).toMatchObject({ state: 'up_to_date' });
    const bobs = await bob.call('cases:get', { id: created.id });
    const { revision: _r1, updatedAt: _u1, ...joined } = bobs;
    const { revision: _r2, updatedAt: _u2, ...original } = await alice.call('cases:get', { id: created.id });
    expect(joined).toEqual(original);
    expect((await bob.call('cases:list')).map((c) => c.id)).toEqual([created.id]);
    expect((await bob.call('organisations:list')).map((o) => o.name)).toEqual(['Cyngor Sir Ddinbych — ŵ']);
    expect((await bob.call('cases:history', { id: created.id })).map((e) => e.kind)).toContain('sync.received');
    expect((await bob.call('sync:sharedCases')).cases.map((c) => c.here)).toEqual([true]);
    expect(await bob.fail('sync:joinCase', { id: created.id })).toMatchObject({ code: 'conflict', key: 'syncCaseAlreadyHere' });

    // Both ways: Bob's interview reaches Alice, Alice's judgement reaches Bob.
    await bob.call('cases:addInterview', { caseId: created.id, draft: { name: 'Union rep', notes: 'Gweithdy — ŷ' } });
    await alice.call('cases:updateCriterion', { caseId: created.id, criterionId: 'C1', patch: { judgement: 'met' } });
    await bob.sync.syncNow();
    await alice.sync.syncNow();
    await bob.sync.syncNow();
    for (const m of [alice, bob]) {
      const c = await m.call('cases:get', { id: created.id });
      expect(c.assessment.interviews.map((i) => i.name)).toEqual(['Union rep']);
      expect(c.assessment.criteria.C1?.judgement).toBe('met');
    }

    // Carol is in the region but not one of the case's assessors: counted, not named; joining is refused.
    expect(await carol.call('sync:sharedCases')).toEqual({ cases: [], noAccess: 1 });
    expect(await carol.fail('sync:joinCase', { id: created.id })).toMatchObject({ code: 'forbidden', key: 'syncCaseNoAccess' });
    expect(await carol.call('cases:list')).toEqual([]);
    expect(carol.sync.config()?.cases).toEqual([]);

    // The server cannot be reached: said so, and nothing changes.
    await region.couch.stop();
    try {
      expect(await carol.fail('sync:sharedCases')).toMatchObject({ key: 'syncUnreachable' });
      expect(await carol.fail('sync:joinCase', { id: created.id })).toMatchObject({ key: 'syncUnreachable' });
      expect(carol.sync.config()?.cases).toEqual([]);
    } finally {
      await region.couch.start();
    }
  });

  it('when each shared record last synced is kept across a restart', async () => {
    const bob = members[1] as Awaited<ReturnType<typeof open>>;
    const [caseId] = bob.sync.config()!.cases;
    const before = (await bob.sync.syncNow()).lastSyncedAt[`case:${caseId}`];
    expect(before).toEqual(expect.any(String));
    const kept = JSON.parse(await readFile(path.join(bob.workspaceDir, 'sync/last-synced.json'), 'utf8')) as Record<string, string>;
    expect(kept[`case:${caseId}`]).toBe(before);
    // A fresh sync service on the same workspace (the app restarted), before any round.
    const again = createSyncService({
      ctx: bob.services.context,
      password: async () => 'bob-password',
      inMemory: true,
      autoSyncMs: null,
      pullEveryMs: null,
    });
    try {
      await again.load();
      expect((await again.status()).lastSyncedAt[`case:${caseId}`]).toBe(before);
    } finally {
      await again.close();
    }
  });
});

describe('deleting a shared case', () => {
  it('deletes only this copy: never brought back by a later round, the others keep it, and it can be joined again', async () => {
    const alice = members[0] as Awaited<ReturnType<typeof open>>;
    const bob = members[1] as Awaited<ReturnType<typeof open>>;
    const [id] = bob.sync.config()!.cases;
    await bob.call('cases:delete', { id: id! });
    await expect.poll(() => bob.sync.config()?.cases).toEqual([]);
    await alice.call('cases:addInterview', { caseId: id!, draft: { name: 'Chief executive', notes: '' } });
    await alice.sync.syncNow();
    expect(await bob.sync.syncNow()).toMatchObject({ state: 'up_to_date', waiting: 0 });
    expect(await bob.call('cases:list')).toEqual([]);
    expect((await alice.call('cases:get', { id: id! })).assessment.interviews).toHaveLength(2);

    // Even if the deletion was not heard (a crash before it stopped sharing), a round never recreates it.
    await bob.sync.share('case', id!);
    await bob.sync.syncNow();
    expect(await bob.call('cases:list')).toEqual([]);
    expect(bob.sync.config()?.cases).toEqual([]);

    // Joining again is a new start: the region's current copy arrives.
    expect((await bob.call('sync:sharedCases')).cases.map((c) => c.here)).toEqual([false]);
    await bob.call('sync:joinCase', { id: id! });
    expect((await bob.call('cases:get', { id: id! })).assessment.interviews.map((i) => i.name)).toEqual(['Union rep', 'Chief executive']);
  });
});
