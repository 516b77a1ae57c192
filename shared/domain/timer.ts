import { z } from 'zod';

/**
 * The live-mode timer as a pure state machine. Every transition takes the time it happened
 * (epoch ms), and elapsed time is always derived from timestamps — never counted in ticks — so
 * the display cannot drift however late the renderer's interval fires.
 */

const ms = z.number().int().nonnegative();

export const timerLogEntrySchema = z.object({
  itemId: z.string(),
  startedAt: ms.nullable(),
  endedAt: ms,
  /** Time the item actually ran, pauses excluded. */
  elapsedMs: ms,
  outcome: z.enum(['done', 'skipped']),
});
export type TimerLogEntry = z.infer<typeof timerLogEntrySchema>;

export const timerStateSchema = z.object({
  status: z.enum(['idle', 'running', 'paused', 'finished']),
  /** Index into the agenda of the current item (0 while idle). */
  index: z.number().int().nonnegative(),
  itemStartedAt: ms.nullable(),
  /** When the clock last started running; null while paused or idle. */
  runningSince: ms.nullable(),
  /** Time accumulated on the current item before `runningSince`. */
  elapsedBefore: ms,
  /** Extensions granted to the current item. */
  extraMs: ms,
  log: z.array(timerLogEntrySchema),
});
export type TimerState = z.infer<typeof timerStateSchema>;
export type TimerStatus = TimerState['status'];

export interface TimerItem {
  id: string;
  minutes: number;
}

export type TimerCommand =
  { type: 'start' } | { type: 'pause' } | { type: 'resume' } | { type: 'next' } | { type: 'skip' } | { type: 'extend'; minutes?: number };

export const MINUTE = 60_000;
export const EXTEND_MINUTES = 5;

export const initialTimer = (): TimerState => ({
  status: 'idle',
  index: 0,
  itemStartedAt: null,
  runningSince: null,
  elapsedBefore: 0,
  extraMs: 0,
  log: [],
});

/** Time the current item has run by `now`, pauses excluded. */
export function elapsedMs(state: TimerState, now: number): number {
  const running = state.runningSince === null ? 0 : Math.max(0, now - state.runningSince);
  return state.elapsedBefore + running;
}

/** Applies one command at time `now`. Commands that make no sense in a state leave it unchanged. */
export function applyTimer(state: TimerState, items: readonly TimerItem[], command: TimerCommand, now: number): TimerState {
  switch (command.type) {
    case 'start':
      if (state.status !== 'idle' || items.length === 0) return state;
      return { ...state, status: 'running', index: 0, itemStartedAt: now, runningSince: now, elapsedBefore: 0, extraMs: 0 };
    case 'pause':
      if (state.status !== 'running') return state;
      return { ...state, status: 'paused', elapsedBefore: elapsedMs(state, now), runningSince: null };
    case 'resume':
      if (state.status !== 'paused') return state;
      return { ...state, status: 'running', runningSince: now };
    case 'extend':
      if (state.status !== 'running' && state.status !== 'paused') return state;
      return { ...state, extraMs: state.extraMs + (command.minutes ?? EXTEND_MINUTES) * MINUTE };
    case 'next':
    case 'skip':
      return advance(state, items, command.type === 'next' ? 'done' : 'skipped', now);
  }
}

function advance(state: TimerState, items: readonly TimerItem[], outcome: 'done' | 'skipped', now: number): TimerState {
  if (state.status === 'finished') return state;
  const current = items[state.index];
  if (!current) return { ...state, status: 'finished', runningSince: null };
  const entry: TimerLogEntry = {
    itemId: current.id,
    startedAt: state.itemStartedAt,
    endedAt: now,
    elapsedMs: elapsedMs(state, now),
    outcome,
  };
  const log = [...state.log, entry];
  const nextIndex = state.index + 1;
  if (nextIndex >= items.length) {
    return { ...state, status: 'finished', index: nextIndex, log, itemStartedAt: null, runningSince: null, elapsedBefore: 0, extraMs: 0 };
  }
  // Skipping an item before the session starts still starts the clock on the next one.
  const keepPaused = state.status === 'paused';
  return {
    ...state,
    status: keepPaused ? 'paused' : 'running',
    index: nextIndex,
    log,
    itemStartedAt: now,
    runningSince: keepPaused ? null : now,
    elapsedBefore: 0,
    extraMs: 0,
  };
}

export type TimerWarning = 'none' | 'low' | 'critical' | 'overrun';

export interface TimerReading {
  item: TimerItem | null;
  next: TimerItem | null;
  allowedMs: number;
  elapsedMs: number;
  /** Negative once the item overruns. */
  remainingMs: number;
  overrunMs: number;
  /** 'low' at 20 % of the allowed time left, 'critical' at 5 %. */
  warning: TimerWarning;
}

/** What live mode shows at `now`. */
export function readTimer(state: TimerState, items: readonly TimerItem[], now: number): TimerReading {
  const item = state.status === 'finished' ? null : (items[state.index] ?? null);
  const next = items[state.index + 1] ?? null;
  const allowedMs = item ? item.minutes * MINUTE + state.extraMs : 0;
  const elapsed = state.status === 'idle' ? 0 : elapsedMs(state, now);
  const remainingMs = allowedMs - elapsed;
  const overrunMs = Math.max(0, -remainingMs);
  return { item, next, allowedMs, elapsedMs: elapsed, remainingMs, overrunMs, warning: warningFor(remainingMs, allowedMs) };
}

/** The warning level for `remaining` of `allowed` milliseconds. */
export function warningFor(remainingMs: number, allowedMs: number): TimerWarning {
  if (allowedMs <= 0) return remainingMs < 0 ? 'overrun' : 'none';
  if (remainingMs < 0) return 'overrun';
  if (remainingMs <= allowedMs * 0.05) return 'critical';
  if (remainingMs <= allowedMs * 0.2) return 'low';
  return 'none';
}

/** "12:05" for 725 s; "-3:10" once overrun; hours shown past 59 minutes. */
export function formatCountdown(remainingMs: number): string {
  const negative = remainingMs < 0;
  // Round towards the next whole second so "0:00" appears only when time is really up.
  const totalSeconds = negative ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const body = hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : String(minutes);
  return `${negative ? '-' : ''}${body}:${String(seconds).padStart(2, '0')}`;
}

export interface ProjectedItem {
  id: string;
  status: 'done' | 'skipped' | 'current' | 'upcoming';
  /** Epoch ms: actual start for past items, projected for the rest. */
  start: number;
  end: number;
}

/**
 * The running schedule re-flowed at `now`: past items at their actual times, the current item
 * ending when its allowance runs out (or now, if it has overrun), later items following on.
 * Before the start, `plannedStart` anchors the plan.
 */
export function projectSchedule(
  state: TimerState,
  items: readonly TimerItem[],
  now: number,
  plannedStart: number,
): {
  items: ProjectedItem[];
  end: number;
} {
  const projected: ProjectedItem[] = [];
  const logged = new Map(state.log.map((entry) => [entry.itemId, entry]));
  let cursor = state.status === 'idle' ? Math.max(now, plannedStart) : plannedStart;
  items.forEach((item, index) => {
    const entry = logged.get(item.id);
    if (index < state.index && entry) {
      const start = entry.startedAt ?? entry.endedAt;
      projected.push({ id: item.id, status: entry.outcome, start, end: entry.endedAt });
      cursor = entry.endedAt;
      return;
    }
    if (index === state.index && state.status !== 'idle' && state.status !== 'finished') {
      const reading = readTimer(state, items, now);
      const start = state.itemStartedAt ?? now;
      const end = now + Math.max(0, reading.remainingMs);
      projected.push({ id: item.id, status: 'current', start, end });
      cursor = end;
      return;
    }
    const end = cursor + item.minutes * MINUTE;
    projected.push({ id: item.id, status: 'upcoming', start: cursor, end });
    cursor = end;
  });
  return { items: projected, end: cursor };
}
