import { docIdOf, REGION_DB } from '../../../shared/sync/docs';
import { SyncError } from './errors';
import { escalatedIssues, pushEscalatedIssues } from './issues';
import { takeRegionCaseStudies } from './library';
import { readBase } from './mirror';
import { openRemote, Pouch, type Database } from './pouch';
import { applyRemote, isRefusedHere, pushLocal } from './records';
import { fetchRegionCrls } from './region-trust';
import { readCaseMembers } from './case-members';
import { announceCase, announcementOf } from './shared-cases';
import { author, credentials, dbOf, local, tracked, type SyncState, type Tracked } from './state';
import { tell } from './status';

/** Fewer missing documents than this arrive too fast for a progress count to mean anything. */
const PROGRESS_FROM = 2;

/** One round: every database that holds a shared record (and the regional one), one after another. */
export async function cycle(s: SyncState) {
  if (!s.config) return;
  const auth = await credentials(s);
  const byDb = new Map<string, Tracked[]>();
  for (const r of tracked(s)) byDb.set(dbOf(r.kind, r.id), [...(byDb.get(dbOf(r.kind, r.id)) ?? []), r]);
  if (!byDb.has(REGION_DB) && s.options.regional !== false) byDb.set(REGION_DB, []);
  for (const [name, records] of byDb) await syncDatabase(s, name, records, auth);
}

/** Announces this workspace's own shared cases in the regional database, so co-assessors can join. */
async function announceOwnCases(s: SyncState, db: Database, remote: Database, auth: { username: string; password: string }) {
  const port = s.ctx.recordPorts.case;
  if (!port || !s.config) return;
  const server = s.config.server;
  const who = { author: author(s), owner: auth.username };
  for (const id of s.config.cases) {
    const body = await port.get(id);
    if (body)
      await announceCase(db, remote, announcementOf(s.ctx, body), who, s.ctx.clock().toISOString(), () =>
        readCaseMembers(server, auth, id),
      );
  }
}

async function syncDatabase(s: SyncState, name: string, records: Tracked[], auth: { username: string; password: string }) {
  s.touched.delete(name);
  for (const r of records) await pushLocal(s, r.kind, r.id);
  const db = local(s, name);
  // Escalating an issue beyond local level is what shares it with the region.
  if (name === REGION_DB) await pushEscalatedIssues(db, escalatedIssues(s.ctx), author(s), s.ctx.clock().toISOString());
  const remote = openRemote(s.config!.server, name, auth);
  try {
    await pushChanges(s, name, db, remote);
    // Read after the push, so this replica's own changes do not count as news next round.
    const server = await remote.info();
    const serverSeq = server.update_seq;
    const news = serverSeq !== s.pulledSeq.get(name);
    if (news) {
      await pull(s, remote, db, server.doc_count - (await db.info()).doc_count);
      s.pulledSeq.set(name, serverSeq);
    }
    if (name === REGION_DB) {
      // Own cases are announced once the replica shows what others announced; case studies others
      // shared join the library; trusted CAs' new revocation lists are checked.
      await announceOwnCases(s, db, remote, auth);
      records.push(...(await takeRegionCaseStudies(s, db)));
      if (news || s.crlRecheck) await fetchRegionCrls(s, db, remote);
    }
    // What was just pulled came from the server: nothing up to here needs pushing back.
    const seq = (await db.info()).update_seq;
    if (s.touched.has(name)) s.pushedSeq.delete(name);
    else s.pushedSeq.set(name, seq);
    const now = s.ctx.clock().toISOString();
    for (const r of records) {
      await applyRemote(s, r.kind, r.id);
      const base = await readBase(db, docIdOf(r.kind, r.id));
      if (base) s.confirmed.set(docIdOf(r.kind, r.id), base.rev);
      s.lastSyncedAt[docIdOf(r.kind, r.id)] = now;
    }
    // A merge made just now goes up in the same round: "up to date" means the server has it too.
    await pushChanges(s, name, db, remote);
  } finally {
    await remote.close().catch(() => undefined);
  }
}

/**
 * Fetches what the server has. Hostile or malformed documents never reach the local replica:
 * the filter runs the local schemas. When many documents are missing here (a first sync), the
 * window is told how many have arrived (an estimate: documents refused here never arrive).
 */
async function pull(s: SyncState, remote: Database, db: Database, gap: number) {
  // The server's count includes its design documents, which never come down (one request, only then).
  const design = gap >= PROGRESS_FROM ? (await remote.allDocs({ startkey: '_design/', endkey: '_design0' })).rows.length : 0;
  const missing = gap - design;
  const shown = missing >= PROGRESS_FROM;
  if (shown) {
    s.progress = { done: 0, total: missing };
    void tell(s, false).catch(() => undefined);
  }
  const replication = Pouch.replicate(remote, db, { filter: (doc) => !isRefusedHere(s, doc) });
  if (shown) {
    replication.on('change', (info) => {
      const written = (info as { docs_written?: number }).docs_written ?? 0;
      s.progress = { done: Math.min(written, missing), total: missing };
      void tell(s, false).catch(() => undefined);
    });
  }
  try {
    await replication;
  } finally {
    s.progress = null;
  }
}

/** Sends the replica's changes since the last push (none: no request). */
async function pushChanges(s: SyncState, name: string, db: Database, remote: Database) {
  if ((await db.info()).update_seq === s.pushedSeq.get(name)) return;
  const pushed = await Pouch.replicate(db, remote);
  const failures = pushed.errors ?? [];
  if (failures.length > 0)
    throw new SyncError(
      'refused',
      `The server refused ${failures.length} change(s): ${String((failures[0] as { reason?: string })?.reason ?? failures[0])}`,
    );
  if (!s.touched.has(name)) s.pushedSeq.set(name, (await db.info()).update_seq);
}
