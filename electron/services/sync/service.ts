import * as fs from 'node:fs/promises';
import path from 'node:path';
import {
  caseDbName,
  checkIncoming,
  checkIncomingIssue,
  checkIncomingSharedCase,
  docIdOf,
  REGION_DB,
  type SharedBody,
  type SharedKind,
} from '../../../shared/sync/docs';
import { setAtPath, type JsonValue } from '../../../shared/sync/merge';
import { Attachments } from '../cases/attachments';
import type { ServiceContext } from '../context';
import { writeFileDurably } from '../store/durable-file';
import { checkAddress, classify, SyncError, type SyncProblem } from './errors';
import { pushAttachments, fetchAttachments, isFileDoc } from './files';
import { escalatedIssues, pushEscalatedIssues, regionalIssues } from './issues';
import { clearBase, closeWithMerge, getRev, pushBody, readBase, resolveConflicts, writeBase, type PendingMerge } from './mirror';
import { openLocal, openRemote, Pouch, type Database, type PouchDoc } from './pouch';
import { announceCase, announcedCases, announcementOf, eachLimited, mayOpenCase } from './shared-cases';

/** Where this workspace meets the region; the password is kept by the shell (OS secure storage). */
export interface SyncConfig {
  server: string;
  username: string;
  /** Records the user chose to share (or joined): nothing else is ever uploaded. */
  cases: string[];
  workshops: string[];
}

export interface SyncStatus {
  state: 'not_configured' | 'up_to_date' | 'waiting' | 'offline' | 'error' | 'syncing';
  waiting: number;
  offlineSince: string | null;
  problem: SyncProblem | null;
  message: string | null;
  lastSyncedAt: Record<string, string>;
  refused: { id: string; reason: string }[];
  pending: number;
  progress: { done: number; total: number } | null;
}

export interface SyncServiceOptions {
  ctx: ServiceContext;
  password: () => Promise<string | null>;
  /** null keeps the local replicas in memory (tests, bench); otherwise `<workspace>/sync/db`. */
  inMemory?: boolean;
  /** Pause after a committed change before syncing (default 1 s); null: only on syncNow. */
  autoSyncMs?: number | null;
  /** Also follow the regional database for the overview (default true). */
  regional?: boolean;
  /** How often to fetch what others changed while joined (default 60 s); null: only on syncNow. */
  pullEveryMs?: number | null;
}

const CONFIG_FILE = 'sync/config.json';
/** When each shared record last synced: kept across restarts ("last synced 09:12" after a reopen). */
const LAST_SYNCED_FILE = 'sync/last-synced.json';
/** Case databases probed at once when listing the cases a person may join. */
const PROBES_AT_ONCE = 6;
/** Fewer missing documents than this arrive too fast for a progress count to mean anything. */
const PROGRESS_FROM = 2;

export async function readSyncConfig(workspaceDir: string): Promise<SyncConfig | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(workspaceDir, CONFIG_FILE), 'utf8')) as SyncConfig;
  } catch {
    return null;
  }
}

/**
 * The sync service: the workspace stays the truth; committed changes to shared records become
 * revisions in a local PouchDB replica per database and replicate (with checkpoints) when the
 * server can be reached. What comes back is checked with the local schemas before it is written,
 * merged three-way when both sides changed, and written through the stores' own commit path.
 */
export function createSyncService(options: SyncServiceOptions) {
  const { ctx } = options;
  const attachments = new Attachments(ctx.workspaceDir);
  const locals = new Map<string, Database>();
  const pending = new Map<string, PendingMerge>();
  const refused = new Map<string, string>();
  const lastSyncedAt: Record<string, string> = {};
  const confirmed = new Map<string, string>();
  // Per database: the local update_seq everything up to which the server has, and the server's
  // update_seq this replica has pulled up to. An idle round then costs one request, not two replications.
  const pushedSeq = new Map<string, string | number>();
  const pulledSeq = new Map<string, string | number>();
  /** Databases a person's merge wrote to outside a round: their next round always pushes. */
  const touched = new Set<string>();
  let config: SyncConfig | null = null;
  let problem: SyncError | null = null;
  let offlineSince: string | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  /** Records this round wrote into the workspace (others' changes, merges). */
  let received = 0;
  let told: Promise<unknown> = Promise.resolve();
  /** Documents this round's pull has written of those the server has and this replica lacks. */
  let progress: { done: number; total: number } | null = null;
  /** Shared records deleted here: no longer shared once the round that noticed it ends. */
  const gone = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let poll: NodeJS.Timeout | null = null;
  let closed = false;

  const author = () => ctx.index.data.profile.name || 'Unnamed user';
  const local = (db: string) => {
    let replica = locals.get(db);
    if (!replica) {
      replica = openLocal(options.inMemory ? null : path.join(ctx.workspaceDir, 'sync'), db);
      locals.set(db, replica);
    }
    return replica;
  };
  const dbOf = (kind: SharedKind, id: string) => (kind === 'case' ? caseDbName(id) : REGION_DB);
  const tracked = (): { kind: SharedKind; id: string }[] =>
    config
      ? [...config.cases.map((id) => ({ kind: 'case' as const, id })), ...config.workshops.map((id) => ({ kind: 'workshop' as const, id }))]
      : [];

  async function load() {
    config = await readSyncConfig(ctx.workspaceDir);
    const kept = await fs.readFile(path.join(ctx.workspaceDir, LAST_SYNCED_FILE), 'utf8').catch(() => '{}');
    try {
      for (const [id, at] of Object.entries(JSON.parse(kept) as Record<string, unknown>))
        if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) lastSyncedAt[id] = at;
    } catch {
      // A damaged file only loses the times: the next round writes them again.
    }
    startPolling();
  }

  async function saveLastSynced() {
    if (closed || !config) return;
    await fs.mkdir(path.join(ctx.workspaceDir, 'sync'), { recursive: true });
    await writeFileDurably(path.join(ctx.workspaceDir, LAST_SYNCED_FILE), `${JSON.stringify(lastSyncedAt)}\n`);
  }

  /** Announces this workspace's own shared cases in the regional database, so co-assessors can join. */
  async function announceOwnCases(db: Database) {
    const port = ctx.recordPorts.case;
    if (!port || !config) return;
    for (const id of config.cases) {
      const body = await port.get(id);
      if (body) await announceCase(db, announcementOf(ctx, body), author(), ctx.clock().toISOString());
    }
  }

  /** Others' changes arrive without the person asking: one round every pullEveryMs while joined. */
  function startPolling() {
    const every = options.pullEveryMs === undefined ? 60_000 : options.pullEveryMs;
    if (poll || every === null || !config || closed) return;
    poll = setInterval(() => void syncNow(), every);
    poll.unref?.();
  }

  async function saveConfig(next: SyncConfig) {
    await fs.mkdir(path.join(ctx.workspaceDir, 'sync'), { recursive: true });
    await writeFileDurably(path.join(ctx.workspaceDir, CONFIG_FILE), `${JSON.stringify(next, null, 2)}\n`);
    config = next;
  }

  /** Records the workspace's content of one shared record in its local replica. */
  async function pushLocal(kind: SharedKind, id: string) {
    const port = ctx.recordPorts[kind];
    const body = await port?.get(id);
    const revision = await port?.revision(id);
    if (!port || !body || revision == null) return;
    const db = local(dbOf(kind, id));
    await pushBody(db, kind, body, revision, author(), ctx.clock().toISOString());
    if (kind === 'case') await pushAttachments(db, attachments, body);
  }

  /** Brings the agreed revision of one record into the workspace, if it is new to it. */
  async function applyRemote(kind: SharedKind, id: string) {
    const db = local(dbOf(kind, id));
    const docId = docIdOf(kind, id);
    const resolution = await resolveConflicts(db, docId);
    if (resolution.state === 'pending') {
      pending.set(docId, resolution.pending);
      return;
    }
    pending.delete(docId);
    const winner = await db.get(docId).catch(() => null);
    if (!winner) return;
    const base = await readBase(db, docId);
    if (base?.rev === winner._rev) return;
    const port = ctx.recordPorts[kind]!;
    const localRevision = await port.revision(id);
    // Synced here before and gone now: the person deleted their copy. It is never brought back;
    // this workspace stops sharing it after the round (the others keep theirs).
    if (localRevision === null && base) {
      gone.add(docId);
      return;
    }
    // The person changed it since the last push: that change is pushed (and merged) next round.
    if (localRevision !== null && base && localRevision !== base.localRevision) return;
    const checked = checkIncoming(winner);
    if (!checked.ok) {
      refused.set(docId, checked.reason);
      return;
    }
    if (kind === 'case') await fetchAttachments(db, attachments, checked.body);
    const merged = Array.isArray(winner.mergedFrom) ? (winner.mergedFrom as string[]) : null;
    const note = merged
      ? { kind: 'sync.merged', summary: `Merged the changes of ${merged.join(' and ')}`, details: { authors: merged } }
      : { kind: 'sync.received', summary: `Changes by ${checked.author} received from the region`, details: { author: checked.author } };
    const written = await port.write(id, checked.body, localRevision, note);
    if (written !== null) received++;
    if (written !== null) await writeBase(db, docId, { rev: String(winner._rev), localRevision: written });
  }

  const isRefusedHere = (doc: PouchDoc): boolean => {
    if (doc._id.startsWith('_design/')) return true;
    if (doc._deleted) return false;
    if (isFileDoc(doc)) return false;
    const checked = doc._id.startsWith('issue:')
      ? checkIncomingIssue(doc)
      : doc._id.startsWith('sharedcase:')
        ? checkIncomingSharedCase(doc)
        : checkIncoming(doc);
    if (!checked.ok) refused.set(doc._id, checked.reason);
    return !checked.ok;
  };

  async function syncDatabase(name: string, records: { kind: SharedKind; id: string }[], auth: { username: string; password: string }) {
    touched.delete(name);
    for (const r of records) await pushLocal(r.kind, r.id);
    const db = local(name);
    // Escalating an issue beyond local level is what shares it with the region.
    if (name === REGION_DB) await pushEscalatedIssues(db, escalatedIssues(ctx), author(), ctx.clock().toISOString());
    if (name === REGION_DB) await announceOwnCases(db);
    const remote = openRemote(config!.server, name, auth);
    try {
      await pushChanges(name, db, remote);
      // Read after the push, so this replica's own changes do not count as news next round.
      const server = await remote.info();
      const serverSeq = server.update_seq;
      if (serverSeq !== pulledSeq.get(name)) {
        await pull(remote, db, server.doc_count - (await db.info()).doc_count);
        pulledSeq.set(name, serverSeq);
      }
      // What was just pulled came from the server: nothing up to here needs pushing back.
      const seq = (await db.info()).update_seq;
      if (touched.has(name)) pushedSeq.delete(name);
      else pushedSeq.set(name, seq);
      const now = ctx.clock().toISOString();
      for (const r of records) {
        await applyRemote(r.kind, r.id);
        const base = await readBase(db, docIdOf(r.kind, r.id));
        if (base) confirmed.set(docIdOf(r.kind, r.id), base.rev);
        lastSyncedAt[docIdOf(r.kind, r.id)] = now;
      }
      // A merge made just now goes up in the same round: "up to date" means the server has it too.
      await pushChanges(name, db, remote);
    } finally {
      await remote.close().catch(() => undefined);
    }
  }

  /**
   * Fetches what the server has. Hostile or malformed documents never reach the local replica:
   * the filter runs the local schemas. When many documents are missing here (a first sync), the
   * window is told how many have arrived (an estimate: documents refused here never arrive).
   */
  async function pull(remote: Database, db: Database, gap: number) {
    // The server's count includes its design documents, which never come down (one request, only then).
    const design = gap >= PROGRESS_FROM ? (await remote.allDocs({ startkey: '_design/', endkey: '_design0' })).rows.length : 0;
    const missing = gap - design;
    const shown = missing >= PROGRESS_FROM;
    if (shown) {
      progress = { done: 0, total: missing };
      void tell(false).catch(() => undefined);
    }
    const replication = Pouch.replicate(remote, db, { filter: (doc) => !isRefusedHere(doc) });
    if (shown) {
      replication.on('change', (info) => {
        const written = (info as { docs_written?: number }).docs_written ?? 0;
        progress = { done: Math.min(written, missing), total: missing };
        void tell(false).catch(() => undefined);
      });
    }
    try {
      await replication;
    } finally {
      progress = null;
    }
  }

  /** Sends the replica's changes since the last push (none: no request). */
  async function pushChanges(name: string, db: Database, remote: Database) {
    if ((await db.info()).update_seq === pushedSeq.get(name)) return;
    const pushed = await Pouch.replicate(db, remote);
    const failures = pushed.errors ?? [];
    if (failures.length > 0)
      throw new SyncError(
        'refused',
        `The server refused ${failures.length} change(s): ${String((failures[0] as { reason?: string })?.reason ?? failures[0])}`,
      );
    if (!touched.has(name)) pushedSeq.set(name, (await db.info()).update_seq);
  }

  async function cycle() {
    if (!config) return;
    const password = await options.password();
    if (password === null) throw new SyncError('not_configured', 'No password is saved for the region.');
    const auth = { username: config.username, password };
    const byDb = new Map<string, { kind: SharedKind; id: string }[]>();
    for (const r of tracked()) byDb.set(dbOf(r.kind, r.id), [...(byDb.get(dbOf(r.kind, r.id)) ?? []), r]);
    if (!byDb.has(REGION_DB) && options.regional !== false) byDb.set(REGION_DB, []);
    for (const [name, records] of byDb) await syncDatabase(name, records, auth);
  }

  /** Runs one sync round now (or joins the one running); never throws: the status says why. */
  async function syncNow(): Promise<SyncStatus> {
    if (running) {
      again = true;
      await running;
      return status();
    }
    running = (async () => {
      do {
        again = false;
        try {
          await cycle();
          problem = null;
          offlineSince = null;
        } catch (error) {
          problem = classify(error);
          if (problem.problem === 'unreachable') offlineSince ??= ctx.clock().toISOString();
        }
      } while (again && !closed);
    })();
    // The header shows "syncing" at once; the status each round ends with is pushed, not polled.
    void tell(false).catch(() => undefined);
    try {
      await running;
    } finally {
      running = null;
    }
    for (const docId of [...gone]) {
      gone.delete(docId);
      const [kind, id] = [docId.slice(0, docId.indexOf(':')) as SharedKind, docId.slice(docId.indexOf(':') + 1)];
      await unshare(kind, id).catch(() => undefined);
    }
    const wrote = received > 0;
    received = 0;
    await saveLastSynced().catch(() => undefined);
    return tell(wrote);
  }

  /**
   * Tells the interface the current status (the `sync:changed` push event) and returns it; one
   * after another, so a round's start can never be told after its end.
   */
  function tell(wroteRecords: boolean): Promise<SyncStatus> {
    const next = told.then(status).then((now) => {
      if (!closed) ctx.emit('sync:changed', { status: now, received: wroteRecords });
      return now;
    });
    told = next.catch(() => undefined);
    return next;
  }

  async function waitingCount(): Promise<number> {
    let n = 0;
    for (const r of tracked()) {
      const docId = docIdOf(r.kind, r.id);
      const base = await readBase(local(dbOf(r.kind, r.id)), docId);
      const revision = await ctx.recordPorts[r.kind]?.revision(r.id);
      if (!base || base.localRevision !== revision || confirmed.get(docId) !== base.rev) n++;
    }
    return n;
  }

  async function status(): Promise<SyncStatus> {
    if (!config)
      return {
        state: 'not_configured',
        waiting: 0,
        offlineSince: null,
        problem: null,
        message: null,
        lastSyncedAt,
        refused: [],
        pending: 0,
        progress: null,
      };
    const waiting = await waitingCount();
    const state: SyncStatus['state'] = running
      ? 'syncing'
      : problem
        ? problem.problem === 'unreachable'
          ? 'offline'
          : 'error'
        : waiting > 0
          ? 'waiting'
          : 'up_to_date';
    return {
      state,
      waiting,
      offlineSince,
      problem: problem?.problem ?? null,
      message: problem?.message ?? null,
      lastSyncedAt: { ...lastSyncedAt },
      refused: [...refused].map(([id, reason]) => ({ id, reason })),
      pending: pending.size,
      progress: running ? progress : null,
    };
  }

  /** The explicit choice to share a record (or to join a case shared with this user). */
  async function share(kind: SharedKind, id: string) {
    if (!config) throw new SyncError('not_configured', 'Join a region first (Settings → Region).');
    const list = kind === 'case' ? config.cases : config.workshops;
    if (!list.includes(id)) await saveConfig({ ...config, [kind === 'case' ? 'cases' : 'workshops']: [...list, id] });
  }
  /** Stops sharing a record: nothing more is sent or taken; the workspace copy stays as it is. */
  async function unshare(kind: SharedKind, id: string) {
    if (!config) return;
    // Never close a replica under a running round.
    if (running) await running.catch(() => undefined);
    const key = kind === 'case' ? 'cases' : 'workshops';
    await saveConfig({ ...config, [key]: config[key].filter((x) => x !== id) });
    const docId = docIdOf(kind, id);
    pending.delete(docId);
    delete lastSyncedAt[docId];
    if (kind === 'case') {
      await locals
        .get(caseDbName(id))
        ?.close()
        .catch(() => undefined);
      locals.delete(caseDbName(id));
    }
  }

  const cannotReach = new Set(['unreachable', 'wrong_password', 'tls', 'not_couchdb', 'insecure_address', 'not_configured']);

  async function auth() {
    if (!config) throw new SyncError('not_configured', 'Join a region first (Settings → Region).');
    const password = await options.password();
    if (password === null) throw new SyncError('not_configured', 'No password is saved for the region.');
    return { username: config.username, password };
  }

  /**
   * The cases shared in the region that this person may open (CouchDB's security on each case
   * database decides), after a round that fetched the region's announcements; how many others
   * there are is counted, never named.
   */
  async function sharedCases() {
    const credentials = await auth();
    const round = await syncNow();
    if (round.problem && cannotReach.has(round.problem)) throw new SyncError(round.problem, round.message ?? '');
    const announced = await announcedCases(local(REGION_DB));
    const here = await Promise.all(
      announced.map(async (c) => config!.cases.includes(c.body.id) || (await ctx.recordPorts.case?.get(c.body.id)) != null),
    );
    const open = await eachLimited(announced, PROBES_AT_ONCE, (c, i) =>
      here[i] ? Promise.resolve(true) : mayOpenCase(config!.server, credentials, c.body.id),
    );
    const cases = announced
      .map((c, i) => ({
        id: c.body.id,
        organisationName: c.body.organisationName,
        sharedBy: c.author,
        sharedAt: c.at,
        here: here[i]!,
        open: open[i]!,
      }))
      .filter((c) => c.open)
      .map(({ open: _open, ...c }) => c);
    return { cases, noAccess: announced.length - cases.length };
  }

  /**
   * Joins a case a co-assessor shared: checks this person is a member of its database, takes it
   * into the workspace in one round (checked with the local schemas like every incoming record),
   * and from then on syncs it both ways. Nothing is kept if the case did not arrive.
   */
  async function joinCase(id: string) {
    const credentials = await auth();
    const port = ctx.recordPorts.case!;
    if (config!.cases.includes(id) || (await port.get(id)) !== null) throw new SyncError('refused', 'already_here');
    if (!(await mayOpenCase(config!.server, credentials, id))) throw new SyncError('no_access', 'case_no_access');
    // A copy deleted here earlier left its base behind: this is a new start, not that copy coming back.
    await clearBase(local(caseDbName(id)), docIdOf('case', id));
    await share('case', id);
    const round = await syncNow();
    if ((await port.get(id)) === null) {
      await unshare('case', id);
      if (round.problem) throw new SyncError(round.problem, round.message ?? '');
      throw new SyncError('refused', refused.get(docIdOf('case', id)) ? 'case_refused' : 'case_not_received');
    }
    // The case's organisation comes with it, as a case file import brings it.
    const organisation = (await announcedCases(local(REGION_DB))).find((c) => c.body.id === id)?.body.organisation;
    if (organisation && !ctx.index.data.organisations.some((o) => o.id === organisation.id)) {
      await ctx.index.update((data) => {
        data.organisations.push(organisation);
      });
      ctx.changes.publish({ kind: 'organisation', id: organisation.id });
    }
    return round;
  }

  const unsubscribe = ctx.changes.subscribe((change) => {
    // Deleting a shared record deletes this workspace's copy only: it stops being shared from
    // here, and the region's copy stays for the others (it is never brought back here).
    if (change.deleted && config && (change.kind === 'case' || change.kind === 'workshop') && !closed) {
      const list = change.kind === 'case' ? config.cases : config.workshops;
      if (list.includes(change.id)) void unshare(change.kind, change.id).catch(() => undefined);
      return;
    }
    if (closed || options.autoSyncMs === null || !config) return;
    const shared =
      (change.kind === 'case' && config.cases.includes(change.id)) ||
      (change.kind === 'workshop' && config.workshops.includes(change.id)) ||
      (change.kind === 'issue' &&
        options.regional !== false &&
        ctx.index.data.issues.some((i) => i.id === change.id && i.level !== 'local'));
    if (!shared) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void syncNow(), options.autoSyncMs ?? 1000);
  });

  return {
    load,
    status,
    syncNow,
    config: () => config,
    /** Joins a region (nothing is shared yet). */
    async configure(server: string, username: string) {
      checkAddress(server);
      await saveConfig({ server, username, cases: config?.cases ?? [], workshops: config?.workshops ?? [] });
      problem = null;
      offlineSince = null;
      startPolling();
    },
    share,
    unshare,
    sharedCases,
    joinCase,
    pendingMerges: () => [...pending.values()],
    /**
     * Settles a same-field conflict with the person's choices (`ours`, `theirs`, or combined
     * text) and writes the result as the merged revision; the journal names both authors.
     */
    async resolve(docId: string, choices: Record<string, 'ours' | 'theirs' | { text: string }>) {
      const merge = pending.get(docId);
      if (!merge) throw new SyncError('refused', 'conflict_gone');
      let body: SharedBody = merge.draft;
      for (const conflict of merge.conflicts) {
        const key = conflict.path.join('.');
        // Nothing is chosen for the person: a change left unchosen refuses the whole merge.
        const choice = choices[key];
        if (choice === undefined) throw new SyncError('refused', 'merge_unchosen');
        const value: JsonValue | undefined = choice === 'ours' ? conflict.ours : choice === 'theirs' ? conflict.theirs : choice.text;
        if (typeof choice === 'object' && conflict.kind === 'decision') throw new SyncError('refused', 'decision_not_combined');
        body = setAtPath(body, conflict.path, value);
      }
      const db = local(dbOf(merge.kind, merge.recordId));
      const cur = await getRev(db, docId, merge.oursRev);
      const other = await getRev(db, docId, merge.theirsRev);
      if (!cur || !other) throw new SyncError('refused', 'conflict_gone');
      const checked = checkIncoming({ ...cur, _id: docId, body });
      if (!checked.ok) throw new SyncError('refused', `merged_invalid:${checked.reason}`);
      await closeWithMerge(db, docId, cur, other, checked.body, merge.authors);
      touched.add(dbOf(merge.kind, merge.recordId));
      pending.delete(docId);
      await applyRemote(merge.kind, merge.recordId);
      return syncNow();
    },
    /** The validated regional documents shared by everyone (the regional overview reads these). */
    async regionalDocs(): Promise<{ kind: SharedKind; id: string; body: SharedBody; author: string }[]> {
      if (!config) return [];
      const all = await local(REGION_DB).allDocs({ include_docs: true });
      const out: { kind: SharedKind; id: string; body: SharedBody; author: string }[] = [];
      for (const row of all.rows) {
        const checked = row.doc ? checkIncoming(row.doc) : null;
        if (checked?.ok) out.push({ kind: checked.kind, id: checked.id, body: checked.body, author: checked.author });
      }
      return out;
    },
    /** Escalated issues the region shares (every workspace's, this one's included). */
    async regionalIssues() {
      return config ? regionalIssues(local(REGION_DB)) : [];
    },
    async close() {
      closed = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
      if (running) await running.catch(() => undefined);
      for (const db of locals.values()) await db.close().catch(() => undefined);
      locals.clear();
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
