import type { SharedKind } from '../../../shared/sync/docs';
import { classify } from './errors';
import { unshare } from './membership';
import { saveLastSynced } from './persist';
import { cycle } from './replicate';
import type { SyncState, SyncStatus } from './state';
import { status, tell } from './status';

/**
 * Runs one sync round now (or joins the one running); never throws: the status says why. Each
 * call is tracked until it returns, so closing waits for its last steps too (they read the
 * replicas: one reopened after close would stay open and keep the folder locked).
 */
export function syncNow(s: SyncState): Promise<SyncStatus> {
  const call = runRound(s);
  s.calls.add(call);
  void call.finally(() => s.calls.delete(call)).catch(() => undefined);
  return call;
}

async function runRound(s: SyncState): Promise<SyncStatus> {
  if (s.running) {
    s.again = true;
    await s.running;
    return status(s);
  }
  s.running = (async () => {
    do {
      s.again = false;
      try {
        await cycle(s);
        s.problem = null;
        s.offlineSince = null;
      } catch (error) {
        s.problem = classify(error);
        if (s.problem.problem === 'unreachable') s.offlineSince ??= s.ctx.clock().toISOString();
      }
    } while (s.again && !s.closed);
  })();
  // The header shows "syncing" at once; the status each round ends with is pushed, not polled.
  void tell(s, false).catch(() => undefined);
  try {
    await s.running;
  } finally {
    s.running = null;
  }
  for (const docId of [...s.gone]) {
    s.gone.delete(docId);
    const [kind, id] = [docId.slice(0, docId.indexOf(':')) as SharedKind, docId.slice(docId.indexOf(':') + 1)];
    await unshare(s, kind, id).catch(() => undefined);
  }
  const wrote = s.received > 0;
  s.received = 0;
  await saveLastSynced(s).catch(() => undefined);
  return tell(s, wrote);
}

/** Others' changes arrive without the person asking: one round every pullEveryMs while joined. */
export function startPolling(s: SyncState) {
  const every = s.options.pullEveryMs === undefined ? 60_000 : s.options.pullEveryMs;
  if (s.poll || every === null || !s.config || s.closed) return;
  s.poll = setInterval(() => void syncNow(s), every);
  s.poll.unref?.();
}

/** A committed change to a shared record (or an escalated issue) starts a round after a pause. */
export function syncSoon(s: SyncState) {
  if (s.timer) clearTimeout(s.timer);
  s.timer = setTimeout(() => void syncNow(s), s.options.autoSyncMs ?? 1000);
}
