import type { Handlers } from '../../../shared/ipc/contract';
import type { RegionSettings } from '../../../shared/ipc/contracts/sync';
import { REGION_DB } from '../../../shared/sync/docs';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { SyncError, testConnection } from './errors';
import type { SyncService } from './service';

type SyncHandlers = Pick<
  Handlers,
  | 'sync:status'
  | 'sync:settings'
  | 'sync:testConnection'
  | 'sync:configure'
  | 'sync:share'
  | 'sync:syncNow'
  | 'sync:sharedCases'
  | 'sync:joinCase'
  | 'sync:pendingMerges'
  | 'sync:resolve'
  | 'sync:regionTrust'
  | 'sync:trustOffered'
>;

/**
 * Where the region password is kept: the desktop shell uses the operating system's secure
 * storage (Electron safeStorage); without a shell hook it is kept in memory for the session only.
 */
export interface RegionSecrets {
  get(key: string): Promise<string | null>;
  set(key: string, value: string | null): Promise<void>;
  /** False only in the browser test host (a plain file) and the in-memory fallback. */
  secure: boolean;
}

export function memorySecrets(): RegionSecrets {
  const kept = new Map<string, string>();
  return {
    get: async (key) => kept.get(key) ?? null,
    set: async (key, value) => void (value === null ? kept.delete(key) : kept.set(key, value)),
    secure: false,
  };
}

/** The secret's name: one password per workspace, server and user. */
export const secretKey = (workspaceDir: string, server: string, username: string) => `${workspaceDir}\n${server}\n${username}`;

/** Turns the sync service's problems into keyed errors the interface translates. */
export function toAppError(error: unknown): unknown {
  if (!(error instanceof SyncError)) return error;
  if (error.message === 'conflict_gone') return new AppError('conflict', 'syncConflictGone');
  if (error.message === 'ca_not_offered') return new AppError('not_found', 'syncCaNotOffered');
  if (error.message === 'already_here') return new AppError('conflict', 'syncCaseAlreadyHere');
  if (error.message === 'case_no_access') return new AppError('forbidden', 'syncCaseNoAccess');
  if (error.message === 'case_refused') return new AppError('invalid_input', 'syncCaseRefused');
  if (error.message === 'case_not_received') return new AppError('not_found', 'syncCaseNotReceived');
  if (error.message === 'decision_not_combined') return new AppError('invalid_input', 'syncDecisionNotCombined');
  if (error.message === 'merge_unchosen') return new AppError('invalid_input', 'syncMergeUnchosen');
  if (error.message.startsWith('merged_invalid:'))
    return new AppError('invalid_input', 'syncMergedInvalid', { detail: error.message.slice('merged_invalid:'.length) });
  return problemErrors[error.problem]();
}

/** Each problem with its own key (written out, so every raised error names its key). */
const problemErrors: Record<SyncError['problem'], () => AppError> = {
  unreachable: () => new AppError('forbidden', 'syncUnreachable'),
  wrong_password: () => new AppError('forbidden', 'syncWrongPassword'),
  no_access: () => new AppError('forbidden', 'syncNoAccess'),
  not_couchdb: () => new AppError('forbidden', 'syncNotCouchdb'),
  tls: () => new AppError('forbidden', 'syncTls'),
  insecure_address: () => new AppError('invalid_input', 'syncInsecureAddress'),
  refused: () => new AppError('forbidden', 'syncRefused'),
  not_configured: () => new AppError('invalid_input', 'syncNotConfigured'),
};

const keyed = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw toAppError(error);
  }
};

export function syncHandlers(ctx: ServiceContext, sync: SyncService, secrets: RegionSecrets): SyncHandlers {
  const settings = async (): Promise<RegionSettings | null> => {
    const config = sync.config();
    if (!config) return null;
    const password = await secrets.get(secretKey(ctx.workspaceDir, config.server, config.username));
    return { ...config, caseStudies: config.caseStudies ?? [], hasPassword: password !== null, secureStorage: secrets.secure };
  };
  /** What the person calls the record: a case by its organisation, a workshop by its title. */
  const recordName = (draft: Record<string, unknown>) => {
    if (typeof draft.title === 'string') return draft.title;
    const organisation = ctx.index.data.organisations.find((o) => o.id === draft.organisationId);
    return organisation?.name ?? String(draft.organisationName ?? '');
  };
  const pending = () =>
    sync.pendingMerges().map((p) => ({
      docId: p.docId,
      kind: p.kind,
      recordId: p.recordId,
      recordName: recordName(p.draft as Record<string, unknown>),
      authors: p.authors,
      oursAuthor: p.oursAuthor,
      theirsAuthor: p.theirsAuthor,
      conflicts: p.conflicts,
    }));

  return {
    'sync:status': () => sync.status(),
    'sync:settings': settings,
    'sync:testConnection': async ({ server, username, password }) => {
      try {
        return await testConnection(server, username, password, REGION_DB);
      } catch (error) {
        if (!(error instanceof SyncError)) throw error;
        return { ok: false as const, problem: error.problem, detail: error.message };
      }
    },
    'sync:configure': ({ server, username, password }) =>
      keyed(async () => {
        await sync.configure(server, username);
        if (password !== undefined) await secrets.set(secretKey(ctx.workspaceDir, server, username), password);
        void sync.syncNow();
        return (await settings())!;
      }),
    'sync:share': ({ kind, id }) =>
      keyed(async () => {
        await sync.share(kind, id);
        void sync.syncNow();
        return (await settings())!;
      }),
    'sync:syncNow': () => sync.syncNow(),
    'sync:sharedCases': () => keyed(() => sync.sharedCases()),
    'sync:joinCase': ({ id }) => keyed(() => sync.joinCase(id)),
    'sync:pendingMerges': async () => pending(),
    'sync:resolve': ({ docId, choices }) => keyed(() => sync.resolve(docId, choices)),
    'sync:regionTrust': async () => {
      const { offered, crls } = await sync.regionTrust();
      // The certificate's bytes stay in main: Trust names it by fingerprint.
      return { offered: offered.map(({ der: _der, ...offer }) => offer), crls };
    },
    'sync:trustOffered': ({ fingerprint }) => keyed(() => sync.trustOffered(fingerprint)),
  };
}
