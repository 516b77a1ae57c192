import type { FlushReport } from '../../../shared/ipc/shell';
import { isAllSaved, useSaveStatus } from './save-status';

/** A mounted autosave field: send what waits for its pause; send its newest value again. */
interface Flusher {
  pending: () => Promise<void>;
  retry: () => Promise<void>;
}

/** Each mounted autosave field, by field key. */
const flushers = new Map<string, Flusher>();
/** Saves in flight and flushes of fields that have since unmounted. */
const running = new Set<Promise<unknown>>();

/** An autosave field registers its flush while mounted; returns the unregister function. */
export function registerFlusher(key: string, flusher: Flusher): () => void {
  flushers.set(key, flusher);
  return () => {
    if (flushers.get(key) === flusher) flushers.delete(key);
  };
}

/** A field's "send my newest value" (a failed field retries that, not its old value). */
export const retryOf = (key: string): (() => Promise<void>) | null => flushers.get(key)?.retry ?? null;

/** Keeps `work` in view until it settles, so a flush before closing waits for it. */
export function trackSave<T>(work: Promise<T>): Promise<T> {
  running.add(work);
  void work.finally(() => running.delete(work)).catch(() => undefined);
  return work;
}

/** Rounds of flushing: a save answered while the next keystroke waited sends that one too. */
const MAX_ROUNDS = 5;

/**
 * Sends every field's pending value now and waits until main has answered each save (the
 * window is about to close). Answers whether everything is on disk, and if not, why.
 */
export async function flushAll(): Promise<FlushReport> {
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const work = [...[...flushers.values()].map((flusher) => flusher.pending()), ...running];
    await Promise.allSettled(work);
    const state = useSaveStatus.getState();
    if (running.size === 0 && Object.keys(state.unsaved).length === 0) break;
  }
  const state = useSaveStatus.getState();
  const failure = Object.values(state.failures).at(-1);
  return { saved: isAllSaved(state), reason: failure?.message ?? null };
}
