import { useCallback, useEffect, useRef, useState } from 'react';
import { routeRefusals } from '../../app/refusals';
import { useSaveStatus } from '../../app/save-status';
import { nextSaveDelay } from '../../../../shared/domain/autosave';

export const AUTOSAVE_DELAY_MS = 300;
/** While someone keeps typing, what they typed is still sent at least this often. */
export const AUTOSAVE_MAX_WAIT_MS = 1000;

/**
 * A field's own copy of its value, saved ~300 ms after the last keystroke and at least once a
 * second while typing goes on (so a crash loses at most the last second). One save of the field
 * is in flight at a time; the newest value is sent as soon as the previous save is acknowledged.
 * The save-status shows "Saving…" from the first keystroke until main has answered; the typed
 * text is never replaced by an older value from main while it is unsaved, and is kept (and
 * retried on the next keystroke) if a save fails. A rule's refusal comes back as `refusal`, for
 * the field to show. Leaving the screen flushes what is pending.
 */
export function useAutosave<T>(
  stored: T,
  save: (value: T) => Promise<boolean>,
  delay = AUTOSAVE_DELAY_MS,
): [T, (value: T) => void, string | null] {
  const [value, setValue] = useState(stored);
  const [refusal, setRefusal] = useState<string | null>(null);
  const latest = useRef(value);
  const dirty = useRef(false);
  /** When the oldest unsent keystroke was typed (null: nothing unsent). */
  const dirtySince = useRef<number | null>(null);
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

  const inFlight = useRef(false);
  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current || inFlight.current) return;
    inFlight.current = true;
    const sent = latest.current;
    dirtySince.current = null;
    let refused: string | null = null;
    const ok = await routeRefusals((message) => (refused = message), () => saveRef.current(sent));
    inFlight.current = false;
    setRefusal(refused);
    if (ok && latest.current === sent) dirty.current = false;
    // Typed while that save was in flight: send it now rather than wait for the next pause.
    else if (ok) return flush();
    if (!timer.current) release();
  }, []);

  const update = useCallback(
    (next: T) => {
      const now = Date.now();
      latest.current = next;
      dirty.current = true;
      dirtySince.current ??= now;
      setValue(next);
      if (!holdingStatus.current) {
        holdingStatus.current = true;
        useSaveStatus.getState().started();
      }
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), nextSaveDelay({ now, dirtySince: dirtySince.current, delay, maxWait: AUTOSAVE_MAX_WAIT_MS }));
    },
    [flush, delay],
  );

  useEffect(() => () => void flush(), [flush]);

  return [value, update, refusal];
}
