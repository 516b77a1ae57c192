import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { nextSaveDelay } from '../../../shared/domain/autosave';
import { registerFlusher, trackSave } from './flush';
import { routeRefusals } from './refusals';
import { markUnsaved, saveAs } from './save-status';

export const AUTOSAVE_DELAY_MS = 300;
/** While someone keeps typing, what they typed is still sent at least this often. */
export const AUTOSAVE_MAX_WAIT_MS = 1000;

/**
 * The one autosave of the app (case fields, workshop details, agenda items). A field's own copy
 * of its value, saved `delay` after the last keystroke and at least once a second while typing
 * goes on (so a crash loses at most the last second). One save of the field is in flight at a
 * time; the newest value is sent as soon as the previous save is acknowledged.
 *
 * The header counts this field as unsaved from the first keystroke until main has acknowledged
 * it; a failure is kept against this field until this field saves (see save-status.ts). The typed
 * value is never replaced by an older one from main while it is unsaved, and is kept (and retried
 * on the next keystroke) if a save fails. A rule's refusal comes back as `refusal`, for the field
 * to show. `flush` sends what is pending now (on blur, before a move); leaving the screen and
 * closing the window (flush.ts) flush too. `save` answers whether main accepted the value.
 */
export function useAutosave<T>(
  stored: T,
  save: (value: T) => Promise<boolean>,
  delay = AUTOSAVE_DELAY_MS,
): [T, (value: T) => void, string | null, () => Promise<void>] {
  const key = `field:${useId()}`;
  const [value, setValue] = useState(stored);
  const [refusal, setRefusal] = useState<string | null>(null);
  const latest = useRef(value);
  const dirty = useRef(false);
  /** When the oldest unsent keystroke was typed (null: nothing unsent). */
  const dirtySince = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The save in flight, if any (a flush meanwhile waits for it, then sends what is newer). */
  const inFlight = useRef<Promise<void> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  // Follow main's value only while nothing typed here is waiting to be saved.
  useEffect(() => {
    if (!dirty.current) {
      latest.current = stored;
      setValue(stored);
    }
  }, [stored]);

  const send = useCallback(async (): Promise<void> => {
    const sent = latest.current;
    dirtySince.current = null;
    let refused: string | null = null;
    const ok = await routeRefusals(
      (message) => (refused = message),
      () => saveAs(key, () => saveRef.current(sent)),
    ).catch(() => false);
    setRefusal(refused);
    if (ok && latest.current === sent) dirty.current = false;
  }, [key]);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) {
      await inFlight.current;
      return flush();
    }
    if (!dirty.current) return markUnsaved(key, false);
    const sending = send();
    inFlight.current = sending;
    await trackSave(sending);
    inFlight.current = null;
    // Typed while that save was in flight: send it now rather than wait for the next pause.
    if (dirty.current && dirtySince.current !== null) return flush();
    // Saved, or refused/failed with nothing newer typed: the header takes it from here (a
    // failure stands against this field until it saves; a refusal is shown at the field).
    if (!timer.current) markUnsaved(key, false);
  }, [key, send]);

  const update = useCallback(
    (next: T) => {
      const now = Date.now();
      latest.current = next;
      dirty.current = true;
      dirtySince.current ??= now;
      setValue(next);
      markUnsaved(key, true);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(
        () => void flush(),
        nextSaveDelay({ now, dirtySince: dirtySince.current, delay, maxWait: AUTOSAVE_MAX_WAIT_MS }),
      );
    },
    [flush, delay, key],
  );

  // Registered while mounted, so closing the window sends what waits for its pause (a value that
  // already failed is not resent there: the close is told why instead). Leaving the screen sends it too.
  useEffect(() => {
    const unregister = registerFlusher(key, {
      pending: () => (timer.current || inFlight.current ? flush() : Promise.resolve()),
      retry: flush,
    });
    return () => {
      unregister();
      void trackSave(flush());
    };
  }, [key, flush]);

  return [value, update, refusal, flush];
}
