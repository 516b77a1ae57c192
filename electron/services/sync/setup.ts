import { z } from 'zod';
import {
  caseDbName,
  MARKUP_SOURCE,
  MAX_CA_CERT_BASE64,
  MAX_CRL_BASE64,
  REGION_DB,
  sharedCaseDocId,
  type CaseMembers,
} from '../../../shared/sync/docs';
import { checkAddress } from './errors';

/** The region coordinator's config file for `npm run region:setup`. */
export const regionConfigSchema = z.object({
  server: z.string().min(1),
  /** A CouchDB server admin; only used by this command, never stored by the app. */
  admin: z.object({ username: z.string().min(1), password: z.string().min(1) }),
  /** Everyone in the region: all are members of the regional database. */
  users: z
    .array(
      z.object({
        name: z
          .string()
          .min(1)
          .regex(/^[^:]+$/),
        password: z.string().min(8).optional(),
      }),
    )
    .default([]),
  /** May read every case database (e.g. the regional lead), but never write to one. */
  coordinators: z.array(z.string().min(1)).default([]),
  /** One database per shared case; its members are that case's assessors. */
  cases: z.array(z.object({ id: z.string().min(1), assessors: z.array(z.string().min(1)).min(1) })).default([]),
});
export type RegionConfig = z.infer<typeof regionConfigSchema>;
export type RegionConfigInput = z.input<typeof regionConfigSchema>;

export const COORDINATOR_ROLE = 'casebook-coordinator';

/**
 * Runs in CouchDB's JavaScript engine (ES5), so it cannot use zod: it refuses writes from anyone
 * not named a member of the database, and documents whose shape is not a Casebook record of a
 * kind this database holds. The app checks every incoming document with its full schemas too.
 * A case announcement (`sharedcase:`) names its `owner`, the CouchDB user who shared the case:
 * only that user, a coordinator or an admin (`region:setup`) may change or delete it, so no other
 * member can take a person's name off the list of cases shared with them. One written before
 * owners were recorded names none: only a coordinator or `region:setup` changes it.
 */
export function validateDocUpdate(kinds: string[]): string {
  return `function (newDoc, oldDoc, userCtx, secObj) {
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  var names = (secObj && secObj.members && secObj.members.names) || [];
  if (names.indexOf(userCtx.name) === -1) throw({ forbidden: 'Only members of this database may change it.' });
  if (newDoc._id.indexOf('sharedcase:') === 0 && userCtx.roles.indexOf('${COORDINATOR_ROLE}') === -1) {
    if (oldDoc && !oldDoc._deleted && oldDoc.owner !== userCtx.name) throw({ forbidden: 'Only the owner of the case or a region coordinator may change its announcement.' });
    if (!newDoc._deleted && newDoc.owner !== userCtx.name) throw({ forbidden: 'A case announcement names its owner: the user who writes it.' });
  }
  if (newDoc._deleted) return;
  if (newDoc._id.indexOf('file:') === 0) {
    if (!/^file:[0-9a-f]{64}$/.test(newDoc._id) || newDoc.type !== 'file') throw({ forbidden: 'Not a Casebook file.' });
    return;
  }
  var kinds = ${JSON.stringify(kinds)};
  if (newDoc._attachments) throw({ forbidden: 'Only evidence files carry attachments.' });
  var m = /^([a-z]+):(.{1,200})$/.exec(newDoc._id);
  if (!m || kinds.indexOf(m[1]) === -1 || newDoc.type !== m[1] || newDoc.v !== 1) throw({ forbidden: 'Not a Casebook record this database holds.' });
  if (typeof newDoc.author !== 'string' || typeof newDoc.at !== 'string') throw({ forbidden: 'A record names its author and time.' });
  var body = newDoc.body;
  if (!body || typeof body !== 'object') throw({ forbidden: 'The record has no content.' });
  if (m[1] === 'regionca' || m[1] === 'regioncrl') {
    if (userCtx.roles.indexOf('${COORDINATOR_ROLE}') === -1) throw({ forbidden: 'Only a region coordinator offers the regional CA.' });
    if (!/^[0-9a-f]{64}$/.test(m[2]) || typeof body.der !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(body.der)) throw({ forbidden: 'Not a regional CA certificate or revocation list.' });
    if (body.der.length > (m[1] === 'regionca' ? ${MAX_CA_CERT_BASE64} : ${MAX_CRL_BASE64})) throw({ forbidden: 'Too large.' });
    return;
  }
  if (body.id !== m[2]) throw({ forbidden: 'The record does not match its id.' });
  if (m[1] === 'case' && (typeof body.organisationId !== 'string' || typeof body.assessment !== 'object' || typeof body.recommendation !== 'object')) throw({ forbidden: 'Not a GO Award case.' });
  if (m[1] === 'workshop' && (typeof body.title !== 'string' || typeof body.date !== 'string')) throw({ forbidden: 'Not a workshop.' });
  if (m[1] === 'sharedcase' && (typeof body.organisationName !== 'string' || (newDoc.owner !== undefined && typeof newDoc.owner !== 'string'))) throw({ forbidden: 'Not a shared case announcement.' });
  var isNames = function (list) { if (!Array.isArray(list)) return false; for (var i = 0; i < list.length; i++) if (typeof list[i] !== 'string') return false; return true; };
  if (m[1] === 'sharedcase' && body.members !== undefined && (!body.members || !isNames(body.members.names) || !isNames(body.members.roles))) throw({ forbidden: 'A shared case names its members as lists of user names and roles.' });
  if (m[1] === 'issue' && (typeof body.title !== 'string' || typeof body.level !== 'string' || body.level === 'local')) throw({ forbidden: 'Not an escalated issue.' });
  if (m[1] === 'casestudy') {
    if (typeof body.title !== 'string' || typeof body.summary !== 'string') throw({ forbidden: 'Not a case study.' });
    var markup = new RegExp(${JSON.stringify(MARKUP_SOURCE)}, 'i');
    var fields = ['title', 'theme', 'summary', 'whatWorked', 'barriers', 'contactRole', 'sharedBy'];
    for (var i = 0; i < fields.length; i++) if (typeof body[fields[i]] === 'string' && markup.test(body[fields[i]])) throw({ forbidden: 'A case study is plain text.' });
  }
}`;
}

type Step = { what: string; status: number };
type Call = (what: string, method: string, url: string, body?: unknown) => Promise<Record<string, unknown>>;

/** Who may open a case's database: its assessors, and coordinators (who may read, never write). */
const caseMembers = (c: { assessors: string[] }): CaseMembers => ({ names: [...c.assessors], roles: [COORDINATOR_ROLE] });

/**
 * A case's announcement in the regional database names its members, so that listing the cases
 * shared with a person needs no request per case. The members change here (and only here, in
 * Casebook), so the announcements already shared are brought up to date in one read and one write.
 */
async function refreshAnnouncedMembers(cases: RegionConfig['cases'], call: Call) {
  if (cases.length === 0) return;
  const found = (await call('announced cases', 'POST', `/${REGION_DB}/_all_docs?include_docs=true`, {
    keys: cases.map((c) => sharedCaseDocId(c.id)),
  })) as { rows?: { doc?: { body?: { members?: unknown } } | null }[] };
  const changed = cases.flatMap((c, i) => {
    const doc = found.rows?.[i]?.doc;
    const members = caseMembers(c);
    if (!doc?.body || typeof doc.body !== 'object' || JSON.stringify(doc.body.members) === JSON.stringify(members)) return [];
    return [{ ...doc, body: { ...doc.body, members } }];
  });
  if (changed.length > 0)
    await call(`members of ${changed.length} announced case(s)`, 'POST', `/${REGION_DB}/_bulk_docs`, { docs: changed });
}

/** Prepares a CouchDB 3 server for a region; safe to run again (it brings everything up to date). */
export async function setupRegion(
  input: z.input<typeof regionConfigSchema>,
  log: (line: string) => void = () => undefined,
): Promise<Step[]> {
  const config: RegionConfig = regionConfigSchema.parse(input);
  const base = checkAddress(config.server).href.replace(/\/+$/, '');
  const headers = {
    authorization: `Basic ${Buffer.from(`${config.admin.username}:${config.admin.password}`).toString('base64')}`,
    'content-type': 'application/json',
  };
  const steps: Step[] = [];
  const call = async (what: string, method: string, url: string, body?: unknown, okStatuses: number[] = []) => {
    const res = await fetch(`${base}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    if (!res.ok && !okStatuses.includes(res.status)) throw new Error(`${what}: the server answered ${res.status} ${text.slice(0, 200)}`);
    steps.push({ what, status: res.status });
    log(`${what}: ${res.status}`);
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  };
  const upsert = async (what: string, url: string, doc: Record<string, unknown>) => {
    const current = await fetch(`${base}${url}`, { headers }).then(async (r) => (r.ok ? ((await r.json()) as { _rev?: string }) : null));
    await call(what, 'PUT', url, { ...doc, ...(current?._rev ? { _rev: current._rev } : {}) });
  };

  await call('users database', 'PUT', '/_users', undefined, [412]);
  for (const user of config.users) {
    const url = `/_users/${encodeURIComponent(`org.couchdb.user:${user.name}`)}`;
    const existing = await fetch(`${base}${url}`, { headers }).then(async (r) =>
      r.ok ? ((await r.json()) as Record<string, unknown>) : null,
    );
    const roles = config.coordinators.includes(user.name) ? [COORDINATOR_ROLE] : [];
    if (existing && !user.password) {
      await call(`user ${user.name}`, 'PUT', url, { ...existing, roles });
    } else {
      if (!user.password) throw new Error(`user ${user.name}: a new user needs a password (at least 8 characters).`);
      await call(`user ${user.name}`, 'PUT', url, {
        ...(existing ?? {}),
        _id: `org.couchdb.user:${user.name}`,
        name: user.name,
        type: 'user',
        roles,
        password: user.password,
      });
    }
  }
  const database = async (name: string, members: string[], kinds: string[], readerRoles: string[]) => {
    await call(`database ${name}`, 'PUT', `/${name}`, undefined, [412]);
    await call(`security ${name}`, 'PUT', `/${name}/_security`, {
      admins: { names: [], roles: [] },
      members: { names: members, roles: readerRoles },
    });
    await upsert(`design ${name}`, `/${name}/_design/casebook`, { validate_doc_update: validateDocUpdate(kinds), language: 'javascript' });
  };
  await database(
    REGION_DB,
    config.users.map((u) => u.name),
    ['workshop', 'issue', 'sharedcase', 'casestudy', 'regionca', 'regioncrl'],
    [],
  );
  for (const c of config.cases) {
    const members = caseMembers(c);
    await database(caseDbName(c.id), members.names, ['case'], members.roles);
  }
  await refreshAnnouncedMembers(config.cases, (what, method, url, body) => call(what, method, url, body));
  return steps;
}
