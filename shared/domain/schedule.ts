/**
 * Agenda schedule maths, pure. Planning works in whole minutes from midnight ("10:00" → 600);
 * live re-flow works in epoch milliseconds (see `timer.ts`).
 */

/** What the schedule needs from an agenda item. */
export interface ScheduleInput {
  id: string;
  minutes: number;
}

export interface ScheduledItem {
  id: string;
  /** Minutes from midnight. */
  start: number;
  end: number;
}

export interface Schedule {
  items: ScheduledItem[];
  start: number;
  /** Planned end, minutes from midnight (may pass 24:00 for a very long agenda). */
  end: number;
  totalMinutes: number;
  /** Minutes beyond the session length; 0 when it fits or no length was given. */
  overBy: number;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "HH:MM" (24-hour) → minutes from midnight; null when it is not a valid time. */
export function parseClock(text: string): number | null {
  const match = CLOCK.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Minutes from midnight → "HH:MM", wrapping past midnight. */
export function formatClock(minutes: number): string {
  const whole = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

/** Start times from a start time and durations; `sessionMinutes` (if given) flags over-length. */
export function planSchedule(startTime: string, items: ScheduleInput[], sessionMinutes?: number | null): Schedule {
  const start = parseClock(startTime) ?? 0;
  let cursor = start;
  const scheduled = items.map((item) => {
    const minutes = Math.max(0, item.minutes);
    const slot = { id: item.id, start: cursor, end: cursor + minutes };
    cursor += minutes;
    return slot;
  });
  const totalMinutes = cursor - start;
  const overBy = sessionMinutes ? Math.max(0, totalMinutes - sessionMinutes) : 0;
  return { items: scheduled, start, end: cursor, totalMinutes, overBy };
}

/** Moves the item at `from` to `to` (both clamped), returning a new array. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length) return [...list];
  const target = Math.max(0, Math.min(list.length - 1, to));
  const copy = [...list];
  const [moved] = copy.splice(from, 1);
  copy.splice(target, 0, moved);
  return copy;
}
