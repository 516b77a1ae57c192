import { caseDbName, docIdOf, type SharedKind } from '../../../shared/sync/docs';
import { SyncError } from './errors';
import { saveConfig } from './persist';
import { author, configKey, sharedIds, type SyncState } from './state';

/** The explicit choice to share a record (or to join a case shared with this user). */
export async function share(s: SyncState, kind: SharedKind, id: string) {
  if (!s.config) throw new SyncError('not_configured', 'Join a region first (Settings → Region).');
  const list = sharedIds(s.config, kind);
  // A case study says who shared it, for the others' libraries.
  if (kind === 'casestudy') await s.ctx.recordPorts.casestudy?.markShared?.(id, author(s));
  if (!list.includes(id)) await saveConfig(s, { ...s.config, [configKey[kind]]: [...list, id] });
}

/** Stops sharing a record: nothing more is sent or taken; the workspace copy stays as it is. */
export async function unshare(s: SyncState, kind: SharedKind, id: string) {
  if (!s.config) return;
  // Never close a replica under a running round.
  if (s.running) await s.running.catch(() => undefined);
  await saveConfig(s, { ...s.config, [configKey[kind]]: sharedIds(s.config, kind).filter((x) => x !== id) });
  const docId = docIdOf(kind, id);
  s.pending.delete(docId);
  delete s.lastSyncedAt[docId];
  if (kind === 'case') {
    await s.locals
      .get(caseDbName(id))
      ?.close()
      .catch(() => undefined);
    s.locals.delete(caseDbName(id));
  }
}
