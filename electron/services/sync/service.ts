import { checkIncoming, REGION_DB, type SharedBody, type SharedKind } from '../../../shared/sync/docs';
import { checkAddress } from './errors';
import { regionalIssues } from './issues';
import { joinCase, sharedCases } from './join';
import { share, unshare } from './membership';
import { loadPersisted, saveConfig } from './persist';
import { resolveMerge, type MergeChoice } from './resolve';
import { startPolling, syncNow, syncSoon } from './rounds';
import { createSyncState, local, type SyncServiceOptions } from './state';
import { status } from './status';

export { readSyncConfig } from './persist';
export type { SyncConfig, SyncServiceOptions, SyncStatus } from './state';

/**
 * The sync service: the workspace stays the truth; committed changes to shared records become
 * revisions in a local PouchDB replica per database and replicate (with checkpoints) when the
 * server can be reached. What comes back is checked with the local schemas before it is written,
 * merged three-way when both sides changed, and written through the stores' own commit path.
 *
 * The work is split by responsibility: `state` (what a service holds), `persist` (its files),
 * `membership` (share/unshare), `rounds` (a round, polling), `replicate` (one database's push and
 * pull), `records` (one record in and out of the workspace), `status`, `join` (cases others
 * shared) and `resolve` (a person's merge).
 */
export function createSyncService(options: SyncServiceOptions) {
  const s = createSyncState(options);
  const { ctx } = s;

  const unsubscribe = ctx.changes.subscribe((change) => {
    const config = s.config;
    // Deleting a shared record deletes this workspace's copy only: it stops being shared from
    // here, and the region's copy stays for the others (it is never brought back here).
    if (change.deleted && config && (change.kind === 'case' || change.kind === 'workshop') && !s.closed) {
      const list = change.kind === 'case' ? config.cases : config.workshops;
      if (list.includes(change.id)) void unshare(s, change.kind, change.id).catch(() => undefined);
      return;
    }
    if (s.closed || options.autoSyncMs === null || !config) return;
    const shared =
      (change.kind === 'case' && config.cases.includes(change.id)) ||
      (change.kind === 'workshop' && config.workshops.includes(change.id)) ||
      (change.kind === 'issue' &&
        options.regional !== false &&
        ctx.index.data.issues.some((i) => i.id === change.id && i.level !== 'local'));
    if (shared) syncSoon(s);
  });

  return {
    async load() {
      await loadPersisted(s);
      startPolling(s);
    },
    status: () => status(s),
    syncNow: () => syncNow(s),
    config: () => s.config,
    /** Joins a region (nothing is shared yet). */
    async configure(server: string, username: string) {
      checkAddress(server);
      await saveConfig(s, { server, username, cases: s.config?.cases ?? [], workshops: s.config?.workshops ?? [] });
      s.problem = null;
      s.offlineSince = null;
      startPolling(s);
    },
    share: (kind: SharedKind, id: string) => share(s, kind, id),
    unshare: (kind: SharedKind, id: string) => unshare(s, kind, id),
    sharedCases: () => sharedCases(s),
    joinCase: (id: string) => joinCase(s, id),
    pendingMerges: () => [...s.pending.values()],
    resolve: (docId: string, choices: Record<string, MergeChoice>) => resolveMerge(s, docId, choices),
    /** The validated regional documents shared by everyone (the regional overview reads these). */
    async regionalDocs(): Promise<{ kind: SharedKind; id: string; body: SharedBody; author: string }[]> {
      if (!s.config) return [];
      const all = await local(s, REGION_DB).allDocs({ include_docs: true });
      const out: { kind: SharedKind; id: string; body: SharedBody; author: string }[] = [];
      for (const row of all.rows) {
        const checked = row.doc ? checkIncoming(row.doc) : null;
        if (checked?.ok) out.push({ kind: checked.kind, id: checked.id, body: checked.body, author: checked.author });
      }
      return out;
    },
    /** Escalated issues the region shares (every workspace's, this one's included). */
    async regionalIssues() {
      return s.config ? regionalIssues(local(s, REGION_DB)) : [];
    },
    async close() {
      s.closed = true;
      unsubscribe();
      if (s.timer) clearTimeout(s.timer);
      if (s.poll) clearInterval(s.poll);
      if (s.running) await s.running.catch(() => undefined);
      for (const db of s.locals.values()) await db.close().catch(() => undefined);
      s.locals.clear();
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
