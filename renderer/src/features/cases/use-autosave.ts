import { useCallback, useEffect, useRef, useState } from 'react';
import { useSaveStatus } from '../../app/save-status';

export const AUTOSAVE_DELAY_MS = 300;

/**
 * A field's own copy of its value, saved ~300 ms after the last keystroke. The save-status shows
 * "Saving…" from the first keystroke until main has answered; the typed text is never replaced by
 * an older value from main while it is unsaved, and is kept (and retried on the next keystroke)
 * if a save fails. Leaving the screen flushes what is pending.
 */
export function useAutosave<T>(stored: T, save: (value: T) => Promise<boolean>, delay = AUTOSAVE_DELAY_MS): [T, (value: T) => void] {
  const [value, setValue] = useState(stored);
  const latest = useRef(value);
  const dirty = useRef(false);
  const holdingStatus = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  // Follow main's value only while nothing typed here is waiting to be saved.
  useEffect(() => {
    if (!dirty.current) {
      latest.current = stored;
      setValue(stored);
    }
  }, [stored]);

  const release = () => {
    if (!holdingStatus.current) return;
    holdingStatus.current = false;
    useSaveStatus.setState((s) => ({ pending: Math.max(0, s.pending - 1) }));
  };

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    const sent = latest.current;
    const ok = await saveRef.current(sent);
    if (ok && latest.current === sent) dirty.current = false;
    if (!timer.current) release();
  }, []);

  const update = useCallback(
    (next: T) => {
      latest.current = next;
      dirty.current = true;
      setValue(next);
      if (!holdingStatus.current) {
        holdingStatus.current = true;
        useSaveStatus.getState().started();
      }
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [flush, delay],
  );

  useEffect(() => () => void flush(), [flush]);

  return [value, update];
}
