import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDbName, REGION_DB } from '../../../shared/sync/docs';
import { testConnection } from '../../../electron/services/sync/errors';
import { addOrganisation } from '../helpers/open-services';
import { ADMIN, startCouch, type Couch } from './couch-server';
import { openMember } from './workspaces';

let couch: Couch;
const open: { close: () => Promise<void> }[] = [];
const join = async (user: string) => {
  const m = await openMember(couch, user);
  open.push(m);
  return m;
};

beforeAll(async () => {
  couch = await startCouch();
  await couch.setup({
    users: ['carys', 'dai', 'eve', 'lead'].map((name) => ({ name, password: `${name}-password` })),
    coordinators: ['lead'],
    cases: [],
  });
});
afterAll(async () => {
  for (const m of open) await m.close();
  await couch.stop();
});

const auth = (user: string, password = `${user}-password`) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('test connection names each failure', () => {
  it('ok, wrong password, no access, not CouchDB, unreachable, insecure address', async () => {
    await expect(testConnection(couch.url, 'carys', 'carys-password', REGION_DB)).resolves.toMatchObject({ ok: true });
    await expect(testConnection(couch.url, 'carys', 'nope', REGION_DB)).rejects.toMatchObject({ problem: 'wrong_password' });
    await expect(testConnection(couch.url, 'carys', 'carys-password', 'casebook-case-unknown')).rejects.toMatchObject({
      problem: 'no_access',
    });
    const http = await import('node:http');
    const plain = http.createServer((_req, res) => res.end('<html>hello</html>'));
    await new Promise<void>((r) => plain.listen(0, '127.0.0.1', () => r()));
    const port = (plain.address() as { port: number }).port;
    await expect(testConnection(`http://127.0.0.1:${port}`, 'carys', 'x', REGION_DB)).rejects.toMatchObject({ problem: 'not_couchdb' });
    plain.close();
    await expect(testConnection(`http://127.0.0.1:${port}`, 'carys', 'x', REGION_DB)).rejects.toMatchObject({ problem: 'unreachable' });
    await expect(testConnection('http://example.org', 'carys', 'x', REGION_DB)).rejects.toMatchObject({ problem: 'insecure_address' });
  });
});

describe('sync through failures', () => {
  it('wrong credentials: the status says so and nothing local is lost', async () => {
    const carys = await join('carys');
    const org = await addOrganisation(carys);
    const c = await carys.call('cases:create', { organisationId: org.id });
    // Everyone stays a member of the region (sharing a case announces it in the regional database).
    await couch.setup({
      users: ['carys', 'dai', 'eve', 'lead'].map((name) => ({ name })),
      coordinators: ['lead'],
      cases: [{ id: c.id, assessors: ['carys', 'dai'] }],
    });
    await carys.sync.share('case', c.id);
    carys.setPassword('wrong');
    const status = await carys.sync.syncNow();
    expect(status).toMatchObject({ state: 'error', problem: 'wrong_password', waiting: 1 });
    expect((await carys.call('cases:get', { id: c.id })).id).toBe(c.id);
    carys.setPassword('carys-password');
    expect(await carys.sync.syncNow()).toMatchObject({ state: 'up_to_date', waiting: 0 });
  });

  it('server stopped: offline since, changes wait; back again: they go, once', async (test) => {
    if (couch.external) test.skip();
    const carys = open[0] as Awaited<ReturnType<typeof join>>;
    const [{ id }] = await carys.call('cases:list');
    await couch.stop();
    await carys.call('cases:addInterview', { caseId: id, draft: { name: 'Learner', notes: 'While offline' } });
    const offline = await carys.sync.syncNow();
    expect(offline).toMatchObject({ state: 'offline', problem: 'unreachable', waiting: 1 });
    expect(offline.offlineSince).not.toBeNull();
    await couch.start();
    expect(await carys.sync.syncNow()).toMatchObject({ state: 'up_to_date', waiting: 0, offlineSince: null });
    const dai = await join('dai');
    await dai.sync.share('case', id);
    await dai.sync.syncNow();
    expect((await dai.call('cases:get', { id })).assessment.interviews.map((i) => i.notes)).toEqual(['While offline']);
  });

  it('a non-member and a reader are refused by the server; the design document refuses a malformed record', async () => {
    const [{ id }] = await (open[0] as Awaited<ReturnType<typeof join>>).call('cases:list');
    const db = caseDbName(id);
    const put = (user: string, doc: object) =>
      fetch(`${couch.url}/${db}/_bulk_docs`, {
        method: 'POST',
        headers: { authorization: auth(user), 'content-type': 'application/json' },
        body: JSON.stringify({ docs: [doc] }),
      }).then(async (r) => {
        const answer = (await r.json()) as { error?: string; reason?: string }[] | { error?: string; reason?: string };
        return Array.isArray(answer) ? answer : [answer];
      });
    const doc = { _id: `case:${id}`, type: 'case', v: 1, author: 'x', at: '2026-05-10T09:00:00.000Z', body: { id } };
    // express-pouchdb answers unauthorized, CouchDB 3 forbidden: either way nothing is written.
    expect((await put('eve', doc))[0]?.error).toMatch(/^(unauthorized|forbidden)$/);
    // The regional lead may read the case (a reader role) but the design document refuses a write.
    const read = await fetch(`${couch.url}/${db}/case:${id}`, { headers: { authorization: auth('lead') } });
    expect(read.status).toBe(200);
    expect((await put('lead', doc))[0]).toMatchObject({ error: 'forbidden', reason: 'Only members of this database may change it.' });
    expect((await put('dai', { ...doc, _id: `case:${id}`, body: { id } }))[0]).toMatchObject({
      error: 'forbidden',
      reason: 'Not a GO Award case.',
    });
    expect((await put('dai', { _id: 'note:1', type: 'note' }))[0]).toMatchObject({ error: 'forbidden' });
  });

  it('a hostile document from the server is refused by the local schema and never written', async () => {
    const carys = open[0] as Awaited<ReturnType<typeof join>>;
    const [{ id }] = await carys.call('cases:list');
    const before = await carys.call('cases:get', { id });
    const current = await fetch(`${couch.url}/${caseDbName(id)}/case:${id}`, {
      headers: { authorization: auth(ADMIN.username, ADMIN.password) },
    }).then((r) => r.json() as Promise<Record<string, unknown> & { body: Record<string, unknown> }>);
    // Passes the server's shape check (an admin bypasses it anyway), fails the local schema.
    const hostile = {
      ...current,
      body: { ...current.body, assessment: { interviews: [{ id: 'x', at: 'not a time', notes: 5 }] }, recommendation: {} },
    };
    expect(await couch.adminPut(caseDbName(id), hostile)).toBe(201);
    const status = await carys.sync.syncNow();
    expect(status.refused.map((r) => r.id)).toContain(`case:${id}`);
    const after = await carys.call('cases:get', { id });
    expect(after).toEqual(before);
    const history = await carys.call('cases:history', { id });
    expect(history.some((e) => e.kind.startsWith('sync.') && e.at > before.updatedAt)).toBe(false);
  });
});
