import { docIdOf } from '../../../shared/sync/docs';
import { readBase } from './mirror';
import { dbOf, local, tracked, type SyncState, type SyncStatus } from './state';

async function waitingCount(s: SyncState): Promise<number> {
  let n = 0;
  for (const r of tracked(s)) {
    const docId = docIdOf(r.kind, r.id);
    const base = await readBase(local(s, dbOf(r.kind, r.id)), docId);
    const revision = await s.ctx.recordPorts[r.kind]?.revision(r.id);
    if (!base || base.localRevision !== revision || s.confirmed.get(docId) !== base.rev) n++;
  }
  return n;
}

export async function status(s: SyncState): Promise<SyncStatus> {
  if (!s.config)
    return {
      state: 'not_configured',
      waiting: 0,
      offlineSince: null,
      problem: null,
      message: null,
      lastSyncedAt: s.lastSyncedAt,
      refused: [],
      pending: 0,
      progress: null,
    };
  const waiting = await waitingCount(s);
  const state: SyncStatus['state'] = s.running
    ? 'syncing'
    : s.problem
      ? s.problem.problem === 'unreachable'
        ? 'offline'
        : 'error'
      : waiting > 0
        ? 'waiting'
        : 'up_to_date';
  return {
    state,
    waiting,
    offlineSince: s.offlineSince,
    problem: s.problem?.problem ?? null,
    message: s.problem?.message ?? null,
    lastSyncedAt: { ...s.lastSyncedAt },
    refused: [...s.refused].map(([id, reason]) => ({ id, reason })),
    pending: s.pending.size,
    progress: s.running ? s.progress : null,
  };
}

/**
 * Tells the interface the current status (the `sync:changed` push event) and returns it; one
 * after another, so a round's start can never be told after its end.
 */
export function tell(s: SyncState, wroteRecords: boolean): Promise<SyncStatus> {
  const next = s.told
    .then(() => status(s))
    .then((now) => {
      if (!s.closed) s.ctx.emit('sync:changed', { status: now, received: wroteRecords });
      return now;
    });
  s.told = next.catch(() => undefined);
  return next;
}
