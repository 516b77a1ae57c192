import { describe, expect, it } from 'vitest';
import { caseDbName } from '../../../shared/sync/docs';
import { addOrganisation } from '../helpers/open-services';
import { useRegionServer } from './region-server';

const region = useRegionServer();
const { open: join, members } = region;

describe('the co-assessor day, through a real CouchDB-protocol server', () => {
  it('two assessors add interview notes and evidence offline, one changes a judgement: both kept, merged, journalled', async () => {
    const alice = await join('alice', 'Alice Rees');
    const bob = await join('bob', 'Bob Ŵyn');
    const org = await addOrganisation(alice);
    const created = await alice.call('cases:create', { organisationId: org.id });
    await region.couch.setup({
      users: [
        { name: 'alice', password: 'alice-password' },
        { name: 'bob', password: 'bob-password' },
      ],
      cases: [{ id: created.id, assessors: ['alice', 'bob'] }],
    });

    await alice.sync.share('case', created.id);
    expect(await alice.sync.syncNow()).toMatchObject({ state: 'up_to_date', message: null });
    await bob.sync.share('case', created.id);
    expect(await bob.sync.syncNow()).toMatchObject({ state: 'up_to_date' });
    expect((await bob.call('cases:get', { id: created.id })).organisationId).toBe(org.id);

    // Offline on both sides: each interviews people and adds evidence; Alice judges C1.
    await alice.call('cases:addInterview', { caseId: created.id, draft: { name: 'HR lead', notes: 'Spoke about the learning fund.' } });
    await alice.call('cases:updateCriterion', { caseId: created.id, criterionId: 'C1', patch: { judgement: 'met' } });
    await bob.call('cases:addInterview', {
      caseId: created.id,
      draft: { name: 'Union learning rep', notes: 'Dysgu yn y gweithle — ŵ ŷ.' },
    });
    await bob.call('cases:addEvidence', { caseId: created.id, draft: { kind: 'document', source: 'Workforce plan' } });
    await bob.call('cases:updateCriterion', { caseId: created.id, criterionId: 'C2', patch: { rationale: 'Bob’s rationale' } });

    await alice.sync.syncNow();
    await bob.sync.syncNow();
    await alice.sync.syncNow();

    const a = await alice.call('cases:get', { id: created.id });
    const b = await bob.call('cases:get', { id: created.id });
    expect(a.assessment.interviews.map((i) => i.name).sort()).toEqual(['HR lead', 'Union learning rep']);
    expect(b.assessment.interviews.map((i) => i.name).sort()).toEqual(['HR lead', 'Union learning rep']);
    expect(b.assessment.evidence.map((e) => e.source)).toEqual(['Workforce plan']);
    expect(a.assessment.evidence.map((e) => e.source)).toEqual(['Workforce plan']);
    expect(a.assessment.criteria.C1?.judgement).toBe('met');
    expect(b.assessment.criteria.C1?.judgement).toBe('met');
    expect(a.assessment.criteria.C2?.rationale).toBe('Bob’s rationale');
    const { revision: _ra, updatedAt: _ua, ...restA } = a;
    const { revision: _rb, updatedAt: _ub, ...restB } = b;
    expect(restA).toEqual(restB);

    const history = [...(await alice.call('cases:history', { id: created.id })), ...(await bob.call('cases:history', { id: created.id }))];
    const merged = history.filter((e) => e.kind === 'sync.merged');
    expect(merged.length).toBeGreaterThan(0);
    expect(merged[0]!.summary).toContain('Alice Rees');
    expect(merged[0]!.summary).toContain('Bob Ŵyn');
    expect((await alice.sync.status()).waiting).toBe(0);
  });

  it('the same judgement changed on both sides is never merged: it waits for a person, then the choice wins on both', async () => {
    const alice = members[0] as Awaited<ReturnType<typeof join>>;
    const bob = members[1] as Awaited<ReturnType<typeof join>>;
    const [{ id }] = await alice.call('cases:list');
    await alice.call('cases:updateCriterion', {
      caseId: id,
      criterionId: 'C3',
      patch: { judgement: 'met', rationale: 'Alice saw the plan.' },
    });
    await bob.call('cases:updateCriterion', {
      caseId: id,
      criterionId: 'C3',
      patch: { judgement: 'not_yet_met', rationale: 'Bob heard otherwise.' },
    });
    await alice.sync.syncNow();
    await bob.sync.syncNow();
    // Through the channels the merge screen uses.
    const pending = await bob.call('sync:pendingMerges');
    expect(pending).toHaveLength(1);
    expect(pending[0]!.theirsAuthor === 'Alice Rees' || pending[0]!.oursAuthor === 'Alice Rees').toBe(true);
    const kinds = Object.fromEntries(pending[0]!.conflicts.map((c) => [c.path.join('.'), c.kind]));
    expect(kinds).toEqual({ 'assessment.criteria.C3.judgement': 'decision', 'assessment.criteria.C3.rationale': 'text' });
    // Bob's own version stays in his workspace until he chooses.
    expect((await bob.call('cases:get', { id })).assessment.criteria.C3?.judgement).toBe('not_yet_met');
    const refused = await bob.fail('sync:resolve', {
      docId: pending[0]!.docId,
      choices: { 'assessment.criteria.C3.judgement': { text: 'met' } },
    });
    expect(refused).toMatchObject({ code: 'invalid_input', key: 'syncDecisionNotCombined' });
    // Nothing is chosen for him: a change left unchosen refuses the merge and changes nothing.
    const unchosen = await bob.fail('sync:resolve', { docId: pending[0]!.docId, choices: { 'assessment.criteria.C3.judgement': 'ours' } });
    expect(unchosen).toMatchObject({ code: 'invalid_input', key: 'syncMergeUnchosen' });
    expect(await bob.call('sync:pendingMerges')).toHaveLength(1);
    await bob.call('sync:resolve', {
      docId: pending[0]!.docId,
      choices: {
        'assessment.criteria.C3.judgement': pending[0]!.conflicts[0]!.ours === 'met' ? 'ours' : 'theirs',
        'assessment.criteria.C3.rationale': { text: 'Alice saw the plan. Bob heard otherwise.' },
      },
    });
    expect(await bob.fail('sync:resolve', { docId: pending[0]!.docId, choices: {} })).toMatchObject({
      code: 'conflict',
      key: 'syncConflictGone',
    });
    await alice.sync.syncNow();
    for (const m of [alice, bob]) {
      const c = (await m.call('cases:get', { id })).assessment.criteria.C3;
      expect(c?.judgement).toBe('met');
      expect(c?.rationale).toBe('Alice saw the plan. Bob heard otherwise.');
      expect(m.sync.pendingMerges()).toHaveLength(0);
    }
    expect(caseDbName(id)).toMatch(/^casebook-case-/);
  });
});
