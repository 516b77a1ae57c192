import { useEffect, useRef } from 'react';

/** Saves `value` once typing pauses for `delayMs`, and on unmount, so a closed window keeps it. */
export function useAutosave<T>(value: T, save: (value: T) => void, delayMs = 600): void {
  const latest = useRef({ value, save, pending: false });
  latest.current.save = save;
  useEffect(() => {
    if (latest.current.value === value) return;
    latest.current.value = value;
    latest.current.pending = true;
    const timer = setTimeout(() => {
      latest.current.pending = false;
      latest.current.save(value);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  useEffect(
    () => () => {
      if (latest.current.pending) latest.current.save(latest.current.value);
    },
    [],
  );
}
