import { caseDbName, REGION_DB, sharedKinds, type SharedKind } from '../../../shared/sync/docs';
import { Attachments } from '../cases/attachments';
import type { ServiceContext } from '../context';
import path from 'node:path';
import { SyncError, type SyncProblem } from './errors';
import type { TrustStore } from '../signing/trust-store';
import type { PendingMerge } from './mirror';
import { openLocal, type Database } from './pouch';

/** Where this workspace meets the region; the password is kept by the shell (OS secure storage). */
export interface SyncConfig {
  server: string;
  username: string;
  /** Records the user chose to share (or joined): nothing else is ever uploaded. */
  cases: string[];
  workshops: string[];
  /** Library case studies shared with the region, or taken in from it (absent in older files). */
  caseStudies?: string[];
}

/** Where a kind's shared ids are listed in the config. */
export const configKey = { case: 'cases', workshop: 'workshops', casestudy: 'caseStudies' } as const;
export const sharedIds = (config: SyncConfig | null, kind: SharedKind): string[] => (config ? (config[configKey[kind]] ?? []) : []);

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
  /** The workspace's trust store: revocation lists from the region are checked and kept there. */
  trust?: TrustStore;
}

export interface Tracked {
  kind: SharedKind;
  id: string;
}

/** A revocation list from the region: taken, already held, or refused (never written) and why. */
export interface CrlOutcome {
  state: 'accepted' | 'current' | 'refused';
  reason: 'not_a_crl' | 'not_signed_by_trusted_ca' | 'not_newer' | null;
  caName: string | null;
  number: number | null;
  thisUpdate: string | null;
  author: string;
}

/** Everything one sync service holds between rounds; the modules of this folder share it. */
export interface SyncState {
  readonly ctx: ServiceContext;
  readonly options: SyncServiceOptions;
  readonly attachments: Attachments;
  readonly locals: Map<string, Database>;
  readonly pending: Map<string, PendingMerge>;
  readonly refused: Map<string, string>;
  readonly lastSyncedAt: Record<string, string>;
  /** Per record: the server revision the last round confirmed. */
  readonly confirmed: Map<string, string>;
  // Per database: the local update_seq everything up to which the server has, and the server's
  // update_seq this replica has pulled up to. An idle round then costs one request, not two replications.
  readonly pushedSeq: Map<string, string | number>;
  readonly pulledSeq: Map<string, string | number>;
  /** Databases a person's merge wrote to outside a round: their next round always pushes. */
  readonly touched: Set<string>;
  /** Shared records deleted here: no longer shared once the round that noticed it ends. */
  readonly gone: Set<string>;
  /** What became of each revocation list the region offered (by its document id). */
  readonly crlOutcomes: Map<string, CrlOutcome>;
  /** Fetch the trusted CAs' revocation lists in the next round even if nothing changed on the server. */
  crlRecheck: boolean;
  config: SyncConfig | null;
  problem: SyncError | null;
  offlineSince: string | null;
  running: Promise<void> | null;
  /** Every syncNow not yet returned (its round and what follows it): close waits for them. */
  readonly calls: Set<Promise<unknown>>;
  again: boolean;
  /** Records this round wrote into the workspace (others' changes, merges). */
  received: number;
  told: Promise<unknown>;
  /** Documents this round's pull has written of those the server has and this replica lacks. */
  progress: { done: number; total: number } | null;
  timer: NodeJS.Timeout | null;
  poll: NodeJS.Timeout | null;
  closed: boolean;
}

export function createSyncState(options: SyncServiceOptions): SyncState {
  return {
    ctx: options.ctx,
    options,
    attachments: new Attachments(options.ctx.workspaceDir),
    locals: new Map(),
    pending: new Map(),
    refused: new Map(),
    lastSyncedAt: {},
    confirmed: new Map(),
    pushedSeq: new Map(),
    pulledSeq: new Map(),
    touched: new Set(),
    gone: new Set(),
    crlOutcomes: new Map(),
    crlRecheck: true,
    config: null,
    problem: null,
    offlineSince: null,
    running: null,
    calls: new Set(),
    again: false,
    received: 0,
    told: Promise.resolve(),
    progress: null,
    timer: null,
    poll: null,
    closed: false,
  };
}

export const author = (s: SyncState) => s.ctx.index.data.profile.name || 'Unnamed user';

/** The local replica of one database, opened on first use. */
export function local(s: SyncState, db: string): Database {
  let replica = s.locals.get(db);
  if (!replica) {
    replica = openLocal(s.options.inMemory ? null : path.join(s.ctx.workspaceDir, 'sync'), db);
    s.locals.set(db, replica);
  }
  return replica;
}

export const dbOf = (kind: SharedKind, id: string) => (kind === 'case' ? caseDbName(id) : REGION_DB);

/** The records this workspace shares (or joined). */
export const tracked = (s: SyncState): Tracked[] => sharedKinds.flatMap((kind) => sharedIds(s.config, kind).map((id) => ({ kind, id })));

/** The person's credentials for the region, or why there are none. */
export async function credentials(s: SyncState) {
  if (!s.config) throw new SyncError('not_configured', 'Join a region first (Settings → Region).');
  const password = await s.options.password();
  if (password === null) throw new SyncError('not_configured', 'No password is saved for the region.');
  return { username: s.config.username, password };
}
