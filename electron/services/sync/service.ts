import { checkIncoming, REGION_DB, type SharedBody, type SharedKind } from '../../../shared/sync/docs';
import { checkAddress, SyncError } from './errors';
import { regionalIssues } from './issues';
import { joinCase, sharedCases } from './join';
import { share, unshare } from './membership';
import { loadPersisted, saveConfig } from './persist';
import { caOffered, offeredCas, publishCa, publishCrlIfOffered } from './region-trust';
import { resolveMerge, type MergeChoice } from './resolve';
import { startPolling, syncNow, syncSoon } from './rounds';
import { createSyncState, local, sharedIds, type SyncServiceOptions } from './state';
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
    const kind: SharedKind | null =
      change.kind === 'case' || change.kind === 'workshop' ? change.kind : change.kind === 'library' ? 'casestudy' : null;
    // Deleting a shared record deletes this workspace's copy only: it stops being shared from
    // here, and the region's copy stays for the others (it is never brought back here).
    if (change.deleted && config && kind && !s.closed) {
      if (sharedIds(config, kind).includes(change.id)) void unshare(s, kind, change.id).catch(() => undefined);
      return;
    }
    if (s.closed || options.autoSyncMs === null || !config) return;
    const shared =
      (kind !== null && sharedIds(config, kind).includes(change.id)) ||
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
      await saveConfig(s, {
        server,
        username,
        cases: s.config?.cases ?? [],
        workshops: s.config?.workshops ?? [],
        caseStudies: s.config?.caseStudies ?? [],
      });
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
    /** The regional CA as the region offers it, and what became of its revocation lists here. */
    async regionTrust() {
      return { offered: await offeredCas(s), crls: [...s.crlOutcomes.values()] };
    },
    /**
     * The person compared the fingerprint and chose to trust a CA the region offers: it is added
     * through the trust store, and its revocation list is fetched in the round that follows.
     */
    async trustOffered(fingerprint: string) {
      const offer = (await offeredCas(s)).find((o) => o.fingerprint === fingerprint);
      if (!offer || !options.trust) throw new SyncError('refused', 'ca_not_offered');
      await options.trust.add(Buffer.from(offer.der, 'base64'), 'regional_ca');
      s.crlRecheck = true;
      return syncNow(s);
    },
    /** The coordinator offers the CA certificate and its newest CRL to the region, and syncs. */
    async publishCa(caDer: Buffer, crlDer: Buffer) {
      if (!s.config) throw new SyncError('not_configured', 'Join a region first (Settings → Region).');
      await publishCa(s, caDer, crlDer);
      return syncNow(s);
    },
    /** A CRL the coordinator just made goes to the region too, once its CA is offered there. */
    async publishCrl(caFingerprint: string, crlDer: Buffer) {
      if (await publishCrlIfOffered(s, caFingerprint, crlDer)) await syncNow(s);
    },
    /** Whether the CA was offered to the region: then every new CRL goes there (and revoking needs one). */
    isOffered: (caFingerprint: string) => caOffered(s, caFingerprint),
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
      await Promise.allSettled([...s.calls]);
      for (const db of s.locals.values()) await db.close().catch(() => undefined);
      s.locals.clear();
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
