import { create } from 'zustand';

type Retry = () => Promise<unknown>;

/** A save that may not be on disk: the disk, the lock or the unexpected refused it. */
export interface SaveFailure {
  message: string;
  retry: Retry | null;
}

interface SaveStatusState {
  /** Fields whose typed value main has not yet acknowledged (typing, waiting or in flight). */
  unsaved: Record<string, true>;
  /** Saves in flight that belong to no field (buttons, menus). */
  calls: number;
  /** The newest durability failure of each field or call, until that field or call succeeds. */
  failures: Record<string, SaveFailure>;
  /** Set while main has asked the window to save everything before it closes. */
  closing: boolean;
}

/**
 * "Saved" only after main has acknowledged a durable write of every field. Each field (or call)
 * has its own entry, so one field's success never hides another field's failure.
 */
export const useSaveStatus = create<SaveStatusState>(() => ({ unsaved: {}, calls: 0, failures: {}, closing: false }));

/** True when nothing is waiting, nothing is in flight and nothing has failed. */
export const isAllSaved = (s: SaveStatusState): boolean =>
  s.calls === 0 && Object.keys(s.unsaved).length === 0 && Object.keys(s.failures).length === 0;

/** A field has something typed that main has not acknowledged yet (or no longer has). */
export function markUnsaved(key: string, unsaved: boolean): void {
  useSaveStatus.setState((s) => {
    if (unsaved === key in s.unsaved) return s;
    const next = { ...s.unsaved };
    if (unsaved) next[key] = true;
    else delete next[key];
    return { unsaved: next };
  });
}

/** A save of `key` started (counted only for calls outside any field). */
export function saveStarted(key: string | null): void {
  if (key === null) useSaveStatus.setState((s) => ({ calls: s.calls + 1 }));
}

/** How a save of `key` ended: saved, refused by a rule (nothing lost), or failed to reach the disk. */
export function saveEnded(
  key: string | null,
  callKey: string,
  outcome: { saved: true } | { refused: true } | { failed: SaveFailure },
): void {
  useSaveStatus.setState((s) => {
    const failures = { ...s.failures };
    const at = key ?? callKey;
    if ('saved' in outcome) delete failures[at];
    // A refusal leaves an earlier failure of the same field standing: that change is still not on disk.
    else if ('failed' in outcome) failures[at] = outcome.failed;
    return { failures, calls: key === null ? Math.max(0, s.calls - 1) : s.calls };
  });
}

/** Retries every failed save; a field retries its newest value, a call repeats itself. */
export async function retryAll(): Promise<void> {
  const failures = Object.values(useSaveStatus.getState().failures);
  await Promise.all(failures.map((failure) => failure.retry?.()));
}

// Which field a save belongs to. A field's save starts its API call synchronously (or carries the
// key through a queue with `keepSaveKey`), so the API client can ask which field is saving.
let currentKey: string | null = null;

/** Runs `start` with its saves counted against the field `key`. */
export function saveAs<T>(key: string, start: () => T): T {
  const previous = currentKey;
  currentKey = key;
  try {
    return start();
  } finally {
    currentKey = previous;
  }
}

/** The field a save starting now belongs to (null: a call of its own). */
export const currentSaveKey = (): string | null => currentKey;

/** Captures the current field so a save started later (after a queue) still counts against it. */
export function keepSaveKey(): <T>(start: () => T) => T {
  const key = currentKey;
  return (start) => (key === null ? start() : saveAs(key, start));
}
