import { applyTimer, initialTimer, type TimerCommand, type TimerItem, type TimerState } from '../../../../shared/domain/timer';
import type { Workshop } from '../../../../shared/domain/workshop';
import { formatTime } from '../../i18n/format';

/** The agenda as the timer sees it. */
export const timerItems = (w: Workshop): TimerItem[] => w.agenda.map((a) => ({ id: a.id, minutes: a.minutes }));

export const timerState = (w: Workshop): TimerState => w.live ?? initialTimer();

/** The planned start as epoch ms, in the computer's local time. */
export const plannedStartMs = (w: Workshop): number => new Date(`${w.date}T${w.startTime}:00`).getTime();

/** Local HH:MM for an epoch time. */
export const clockText = (ms: number): string => formatTime(ms);

/** The timer after `command` at `now`, or null when the command changes nothing. */
export function nextTimer(w: Workshop, command: TimerCommand, now: number): TimerState | null {
  const before = timerState(w);
  const after = applyTimer(before, timerItems(w), command, now);
  return after === before ? null : after;
}
