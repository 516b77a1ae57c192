import { useEffect, useRef, useState } from 'react';
import { observeTimer, type AlertMemory, type TimerAlert } from '../../../../shared/domain/timer-alerts';
import type { Workshop } from '../../../../shared/domain/workshop';
import { playChime } from './chime';
import { timerItems, timerState } from './live-timer';

const PULSE_MS = 4_000;

/**
 * Watches the timer at each tick and returns the alert to pulse for (cleared after a few
 * seconds); chimes too when `chime` is on. The rule itself is `observeTimer` in shared/.
 */
export function useTimerAlerts(workshop: Workshop | null, now: number, chime: boolean): TimerAlert | null {
  const memory = useRef<AlertMemory | null>(null);
  const [pulse, setPulse] = useState<{ alert: TimerAlert; until: number } | null>(null);
  useEffect(() => {
    if (!workshop) return;
    const seen = observeTimer(memory.current, timerState(workshop), timerItems(workshop), now);
    memory.current = seen.memory;
    if (!seen.alert) return;
    setPulse({ alert: seen.alert, until: now + PULSE_MS });
    if (chime) playChime(seen.alert);
  }, [workshop, now, chime]);
  return pulse && now < pulse.until ? pulse.alert : null;
}
