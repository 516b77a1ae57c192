import { useEffect, useRef } from 'react';
import { nextSaveDelay } from '../../../../shared/domain/autosave';

/** While typing goes on, the plan is still saved at least this often. */
const MAX_WAIT_MS = 1000;

/**
 * Saves `value` once typing pauses for `delayMs` (and at least once a second while it goes on),
 * and on unmount, so a closed window keeps it.
 */
export function useAutosave<T>(value: T, save: (value: T) => void, delayMs = 600): void {
  const latest = useRef({ value, save, pending: false, dirtySince: null as number | null });
  latest.current.save = save;
  useEffect(() => {
    const state = latest.current;
    if (state.value === value) return;
    state.value = value;
    state.pending = true;
    const now = Date.now();
    state.dirtySince ??= now;
    const timer = setTimeout(
      () => {
        state.pending = false;
        state.dirtySince = null;
        state.save(value);
      },
      nextSaveDelay({ now, dirtySince: state.dirtySince, delay: delayMs, maxWait: MAX_WAIT_MS }),
    );
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  useEffect(
    () => () => {
      if (latest.current.pending) latest.current.save(latest.current.value);
    },
    [],
  );
}
