import { describe, expect, it } from 'vitest';
import { caseDbName, REGION_DB, sharedCaseDocId } from '../../../shared/sync/docs';
import { COORDINATOR_ROLE } from '../../../electron/services/sync/setup';
import { addOrganisation } from '../helpers/open-services';
import { ADMIN } from './couch-server';
import { useRegionServer } from './region-server';

const region = useRegionServer();
const { open } = region;
const users = ['alice', 'bob', 'carol', 'dave'].map((name) => ({ name, password: `${name}-password` }));
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
/** The coordinator's region:setup (every run lists everyone: the regional database's members are its users). */
const setup = (cases: { id: string; assessors: string[] }[]) => region.couch.setup({ users, coordinators: ['dave'], cases });
const asAdmin = { authorization: basic(ADMIN.username, ADMIN.password), 'content-type': 'application/json' };

async function announcementOnServer(caseId: string) {
  const res = await fetch(`${region.couch.url}/${REGION_DB}/${sharedCaseDocId(caseId)}`, { headers: asAdmin });
  return (await res.json()) as { _rev: string; owner?: string; body: { members?: unknown } };
}
/** One region member writing (or deleting) an announcement straight to the server: the HTTP status. */
async function writeAs(user: string, doc: { _rev?: string; [key: string]: unknown }, method: 'PUT' | 'DELETE' = 'PUT') {
  const id = String(doc._id);
  const url = `${region.couch.url}/${REGION_DB}/${id}${method === 'DELETE' ? `?rev=${doc._rev}` : ''}`;
  const res = await fetch(url, {
    method,
    headers: { authorization: basic(user, `${user}-password`), 'content-type': 'application/json' },
    body: method === 'PUT' ? JSON.stringify(doc) : undefined,
  });
  return { status: res.status, reason: ((await res.json()) as { reason?: string }).reason };
}
const announce = (id: string, members?: unknown) => ({
  _id: sharedCaseDocId(id),
  type: 'sharedcase',
  v: 1,
  author: 'Someone else',
  at: '2026-05-10T09:00:00.000Z',
  body: { id, organisationName: `Organisation ${id}`, organisation: null, ...(members === undefined ? {} : { members }) },
});
/** Requests the server answered while `work` ran (loopback server only: a real CouchDB is not counted). */
async function requestsDuring<T>(work: () => Promise<T>): Promise<{ value: T; requests: number }> {
  const before = region.couch.traffic.requests;
  const value = await work();
  return { value, requests: region.couch.traffic.requests - before };
}

let caseId = '';
let alice: Awaited<ReturnType<typeof open>>;
let bob: Awaited<ReturnType<typeof open>>;
let carol: Awaited<ReturnType<typeof open>>;

describe('cases shared with you: the list reads the announcements, which name each case’s members', () => {
  it('needs no request per case; members by name and coordinators by role are listed, the others counted', async () => {
    alice = await open('alice', 'Alice Rees');
    bob = await open('bob', 'Bob Ŵyn');
    carol = await open('carol', 'Carol Ŷ');
    const dave = await open('dave', 'Dave the coordinator');
    const org = await addOrganisation(alice, 'Cyngor Gwynedd — ŵ');
    caseId = (await alice.call('cases:create', { organisationId: org.id })).id;
    await setup([{ id: caseId, assessors: ['alice', 'bob'] }]);
    await alice.call('sync:share', { kind: 'case', id: caseId });
    expect(await alice.sync.syncNow()).toMatchObject({ state: 'up_to_date' });
    // The owner's Casebook read the members from the case database's security object.
    expect(await announcementOnServer(caseId)).toMatchObject({
      owner: 'alice',
      body: { members: { names: ['alice', 'bob'], roles: [COORDINATOR_ROLE] } },
    });

    // Forty more cases in the region, none of them Bob's (their databases need not exist: nobody asks them).
    const others = Array.from({ length: 40 }, (_, i) => announce(`other-${i}`, { names: ['erin', 'fred'], roles: [] }));
    const bulk = await fetch(`${region.couch.url}/${REGION_DB}/_bulk_docs`, {
      method: 'POST',
      headers: asAdmin,
      body: JSON.stringify({ docs: others }),
    });
    expect(bulk.status).toBe(201);

    const first = await bob.call('sync:sharedCases');
    expect(first).toEqual({
      cases: [expect.objectContaining({ id: caseId, organisationName: 'Cyngor Gwynedd — ŵ', here: false })],
      noAccess: 40,
    });
    const again = await requestsDuring(() => bob.call('sync:sharedCases'));
    expect(again.value).toEqual(first);
    // An idle round (one request per database) and who Bob is (one): not one per case.
    if (!region.couch.external) expect(again.requests).toBeLessThanOrEqual(3);

    expect(await carol.call('sync:sharedCases')).toEqual({ cases: [], noAccess: 41 });
    // A coordinator may read every case database: named by role.
    expect((await dave.call('sync:sharedCases')).cases.map((c) => c.id)).toEqual([caseId]);
  });

  it('a person removed from the case, still named in a stale announcement, is told they have no access: the server decides', async () => {
    // The server's admin removes Bob by hand (not through region:setup): the announcement still names him.
    const res = await fetch(`${region.couch.url}/${caseDbName(caseId)}/_security`, {
      method: 'PUT',
      headers: asAdmin,
      body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: ['alice'], roles: [COORDINATOR_ROLE] } }),
    });
    expect(res.ok).toBe(true);
    expect((await bob.call('sync:sharedCases')).cases.map((c) => c.id)).toEqual([caseId]);
    expect(await bob.fail('sync:joinCase', { id: caseId })).toMatchObject({ code: 'forbidden', key: 'syncCaseNoAccess' });
    expect(await bob.call('cases:list')).toEqual([]);
    expect(bob.sync.config()?.cases).toEqual([]);
  });

  it('region:setup brings the announcement up to date when the assessors change; the owner’s rounds keep it', async () => {
    await setup([{ id: caseId, assessors: ['alice', 'carol'] }]);
    expect((await announcementOnServer(caseId)).body.members).toEqual({ names: ['alice', 'carol'], roles: [COORDINATOR_ROLE] });
    expect(await bob.call('sync:sharedCases')).toEqual({ cases: [], noAccess: 41 });
    expect((await carol.call('sync:sharedCases')).cases.map((c) => c.id)).toEqual([caseId]);
    expect(await carol.call('sync:joinCase', { id: caseId })).toMatchObject({ state: 'up_to_date' });
    expect((await carol.call('cases:list')).map((c) => c.id)).toEqual([caseId]);
    await alice.call('cases:addInterview', { caseId, draft: { name: 'Union rep', notes: '' } });
    expect(await alice.sync.syncNow()).toMatchObject({ state: 'up_to_date' });
    expect((await announcementOnServer(caseId)).body.members).toEqual({ names: ['alice', 'carol'], roles: [COORDINATOR_ROLE] });
  });

  it('an announcement without members (an older Casebook) is asked about; malformed members are refused by the server and by the app', async () => {
    await setup([{ id: 'older-1', assessors: ['alice', 'bob'] }]);
    expect(await region.couch.adminPut(REGION_DB, announce('older-1'))).toBe(201);
    expect((await bob.call('sync:sharedCases')).cases.map((c) => c.id)).toEqual(['older-1']);
    expect(await carol.call('sync:sharedCases')).toMatchObject({ noAccess: 41 });

    // A member of the region cannot write malformed members (the design document refuses it)…
    const put = await fetch(`${region.couch.url}/${REGION_DB}/${sharedCaseDocId('bad-1')}`, {
      method: 'PUT',
      headers: { authorization: basic('bob', 'bob-password'), 'content-type': 'application/json' },
      body: JSON.stringify({ ...announce('bad-1', { names: 'everyone', roles: [] }), owner: 'bob' }),
    });
    expect(put.status).toBe(403);
    expect(((await put.json()) as { reason?: string }).reason).toMatch(/lists of user names and roles/);
    // …and what the server's admin writes is checked by the app on arrival: refused, never listed.
    expect(await region.couch.adminPut(REGION_DB, announce('bad-2', { names: ['bob', 7], roles: [] }))).toBe(201);
    const listed = await bob.call('sync:sharedCases');
    expect(listed.cases.map((c) => c.id)).toEqual(['older-1']);
    expect((await bob.sync.status()).refused.map((r) => r.id)).toContain(sharedCaseDocId('bad-2'));
  });

  it('only the case’s owner or a coordinator may change its announcement: another member is refused and changes nothing', async () => {
    const before = await announcementOnServer(caseId);
    expect(before.owner).toBe('alice');
    const hide = { names: ['carol'], roles: [] };
    // Carol (a member of the region, even a co-assessor of this case) cannot take names off it,
    // whether or not she also claims to own it, nor delete it.
    for (const owner of ['alice', 'carol']) {
      const refused = await writeAs('carol', { ...before, owner, body: { ...before.body, members: hide } });
      expect(refused).toEqual({ status: 403, reason: expect.stringMatching(/owner of the case or a region coordinator/) });
    }
    expect(await writeAs('carol', before, 'DELETE')).toMatchObject({ status: 403 });
    // Nor can she write an announcement in someone else’s name.
    expect(await writeAs('carol', { ...announce('not-hers'), owner: 'alice' })).toMatchObject({ status: 403 });
    expect(await announcementOnServer(caseId)).toEqual(before);
    expect(await announcementOnServer('not-hers')).toMatchObject({ error: 'not_found' });

    // The owner may; so may a coordinator (by role); so may region:setup (the server's admin).
    const byOwner = await writeAs('alice', { ...before, body: { ...before.body, members: { names: ['alice'], roles: [] } } });
    expect(byOwner.status).toBe(201);
    const mid = await announcementOnServer(caseId);
    expect(mid.body.members).toEqual({ names: ['alice'], roles: [] });
    expect((await writeAs('dave', { ...mid, body: { ...mid.body, members: hide } })).status).toBe(201);
    expect((await announcementOnServer(caseId)).body.members).toEqual(hide);
    await setup([{ id: caseId, assessors: ['alice', 'carol'] }]);
    expect(await announcementOnServer(caseId)).toMatchObject({
      owner: 'alice',
      body: { members: { names: ['alice', 'carol'], roles: [COORDINATOR_ROLE] } },
    });
    // An announcement from before owners were recorded: no member may change it, a coordinator may.
    const older = await announcementOnServer('older-1');
    expect(older.owner).toBeUndefined();
    expect((await writeAs('alice', { ...older, owner: 'alice', body: { ...older.body, members: hide } })).status).toBe(403);
    expect((await writeAs('dave', { ...older, body: { ...older.body, members: hide } })).status).toBe(201);
  });
});
