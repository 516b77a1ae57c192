import { createContext, useContext, useEffect, useState } from 'react';

/** Where live mode reads the time. Tests drive it with Playwright's fake clock through `Date`. */
export interface ClockSource {
  now: () => number;
}

export const systemClock: ClockSource = { now: () => Date.now() };

export const ClockContext = createContext<ClockSource>(systemClock);

/** The current time from the injected clock, refreshed every `everyMs`. */
export function useNow(everyMs = 250): number {
  const clock = useContext(ClockContext);
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(clock.now()), everyMs);
    return () => clearInterval(timer);
  }, [clock, everyMs]);
  return now;
}

export const useClock = () => useContext(ClockContext);
