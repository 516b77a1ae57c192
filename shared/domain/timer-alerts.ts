import { readTimer, type TimerItem, type TimerState } from './timer';

/**
 * When live mode alerts the facilitator: once as the current item crosses the warning threshold
 * (20 % of its time left) and once as it reaches zero. The rule compares two observations of
 * the same item, so opening the page on an item already overrun, moving to the next item or
 * granting extra time never chimes, and a late observation (a sleeping laptop) still chimes once.
 */
export type TimerAlert = 'warning' | 'zero';

export interface AlertMemory {
  /** Which run of which item was observed: the index and when it started. */
  itemKey: string;
  remainingMs: number;
  warned: boolean;
}

const keyOf = (state: TimerState) => `${state.index}:${state.itemStartedAt ?? 'idle'}`;

/** Observes the timer at `now`; returns what to remember and the alert to give, if any. */
export function observeTimer(
  memory: AlertMemory | null,
  state: TimerState,
  items: readonly TimerItem[],
  now: number,
): { memory: AlertMemory | null; alert: TimerAlert | null } {
  if (state.status !== 'running' && state.status !== 'paused') return { memory: null, alert: null };
  const reading = readTimer(state, items, now);
  const itemKey = keyOf(state);
  const warned = reading.warning !== 'none';
  const next: AlertMemory = { itemKey, remainingMs: reading.remainingMs, warned };
  if (!memory || memory.itemKey !== itemKey || reading.allowedMs <= 0) return { memory: next, alert: null };
  if (memory.remainingMs > 0 && reading.remainingMs <= 0) return { memory: next, alert: 'zero' };
  if (!memory.warned && warned && reading.remainingMs > 0) return { memory: next, alert: 'warning' };
  return { memory: next, alert: null };
}
