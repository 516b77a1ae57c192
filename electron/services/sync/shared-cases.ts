import {
  caseDbName,
  caseMembersSchema,
  checkIncomingSharedCase,
  sharedCaseDocId,
  type CaseMembers,
  type SharedCaseBody,
} from '../../../shared/sync/docs';
import { same } from '../../../shared/sync/merge';
import type { ServiceContext } from '../context';
import { classify, SyncError } from './errors';
import type { Database } from './pouch';

/** A case announced in the regional database: what a co-assessor sees before joining it. */
export interface AnnouncedCase {
  body: SharedCaseBody;
  author: string;
  at: string;
}

/** What an announcement says about one of this workspace's shared cases (its organisation too). */
export function announcementOf(ctx: ServiceContext, caseBody: { id: string; organisationId?: unknown; organisationName?: unknown }) {
  const organisation = ctx.index.data.organisations.find((o) => o.id === caseBody.organisationId) ?? null;
  return { id: caseBody.id, organisationName: String(caseBody.organisationName ?? ''), organisation: organisation ?? null };
}

/**
 * Announces a case this workspace shared, so that its co-assessors can find it. The first
 * announcement stays: it names its `owner` (this user's CouchDB name), and the server lets only
 * that user or a coordinator change it. A co-assessor never writes one, and the owner updates
 * theirs when the organisation's name changes; one from before owners were recorded is left as it
 * is (only `region:setup` may change it now). It names the case's members (`readMembers`, from the
 * case database's security object) whenever it is written or does not name them yet; after that
 * `region:setup` keeps them up to date.
 *
 * Decided on the replica, just pulled, so a round with nothing to announce makes no request; then
 * written to the server itself, never the replica: if someone else announced the case first (since
 * the pull), the server refuses ours, and a refused revision kept in the replica would be sent and
 * refused again every round. The next pull brings what the server holds.
 */
export async function announceCase(
  replica: Database,
  server: Database,
  body: SharedCaseBody,
  who: { author: string; owner: string },
  at: string,
  readMembers: () => Promise<CaseMembers | null>,
): Promise<void> {
  const _id = sharedCaseDocId(body.id);
  const current = await replica.get(_id).catch(() => null);
  if (current && current.owner !== who.owner) return;
  const currentBody = (current?.body ?? {}) as Partial<SharedCaseBody>;
  const known = caseMembersSchema.safeParse(currentBody.members);
  const { members: _m, ...currentCase } = currentBody;
  if (current && known.success && same(currentCase, body)) return;
  const members = (await readMembers()) ?? (known.success ? known.data : null);
  const next: SharedCaseBody = members ? { ...body, members } : body;
  if (current && same(current.body, next)) return;
  const held = await server.get(_id).catch((error: { status?: number }) => {
    if (error.status === 404) return null;
    throw error;
  });
  if (held && held.owner !== who.owner) return;
  const doc = { _id, ...(held ? { _rev: held._rev } : {}), type: 'sharedcase', v: 1, author: who.author, owner: who.owner, at, body: next };
  await server.put(doc).catch((error: { status?: number }) => {
    // Announced by someone else a moment ago: theirs stands, and arrives with the next pull.
    if (error.status !== 409) throw error;
  });
}

/** The cases announced in the validated regional replica (each checked again here). */
export async function announcedCases(db: Database): Promise<AnnouncedCase[]> {
  const rows = await db.allDocs({ include_docs: true, startkey: 'sharedcase:', endkey: 'sharedcase:\uffff' });
  const out: AnnouncedCase[] = [];
  for (const row of rows.rows) {
    const checked = row.doc ? checkIncomingSharedCase(row.doc) : null;
    if (checked?.ok) out.push({ body: checked.body, author: checked.author, at: checked.at });
  }
  return out;
}

/**
 * May this user open that case's database? CouchDB's per-database security decides: one request
 * to the database, answered 200 for a member and 401/403 for anyone else (404: not set up yet).
 * A wrong password or an unreachable server is not "no access": those are thrown.
 */
export async function mayOpenCase(server: string, auth: { username: string; password: string }, caseId: string): Promise<boolean> {
  const url = `${server.replace(/\/+$/, '')}/${encodeURIComponent(caseDbName(caseId))}`;
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw classify(error);
  }
  if (res.ok) {
    await res.body?.cancel();
    return true;
  }
  const answer = (await res.json().catch(() => ({}))) as { reason?: string };
  const problem = classify({ status: res.status, reason: answer.reason });
  if (problem.problem === 'no_access') return false;
  throw problem.problem === 'unreachable' ? new SyncError('unreachable', `The server answered ${res.status}.`) : problem;
}

/** Runs `work` over `items`, at most `limit` at a time (probing many databases one by one is slow). */
export async function eachLimited<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
