import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNewOption, firstRepeat, optionKey, splitOptions } from '../../../shared/domain/issue-options';
import { applyTimer, initialTimer, MINUTE, type TimerItem, type TimerState } from '../../../shared/domain/timer';
import { observeTimer, type AlertMemory, type TimerAlert } from '../../../shared/domain/timer-alerts';

const T0 = Date.UTC(2026, 2, 16, 10, 0, 0);
const items: TimerItem[] = [
  { id: 'welcome', minutes: 10 },
  { id: 'feedback', minutes: 30 },
];

/** Observes `state` at each time in turn, as the renderer's interval would, and lists the alerts. */
function alertsAt(state: TimerState, times: number[], start: AlertMemory | null = null): (TimerAlert | null)[] {
  let memory = start;
  return times.map((now) => {
    const seen = observeTimer(memory, state, items, now);
    memory = seen.memory;
    return seen.alert;
  });
}

describe('when live mode chimes', () => {
  const running = applyTimer(initialTimer(), items, { type: 'start' }, T0);

  it('chimes once at the warning threshold (20 % left) and once at zero, never in between or after', () => {
    // 10 minutes: warning at 8:00 elapsed, zero at 10:00.
    const times = [0, 7.9, 8, 8.1, 9, 9.99, 10, 10.5, 12].map((m) => T0 + m * MINUTE);
    expect(alertsAt(running, times)).toEqual([null, null, 'warning', null, null, null, 'zero', null, null]);
  });

  it('does not chime when first opened on an item already in warning or overrun', () => {
    expect(alertsAt(running, [T0 + 9 * MINUTE, T0 + 9.5 * MINUTE])).toEqual([null, null]);
    expect(alertsAt(running, [T0 + 11 * MINUTE, T0 + 12 * MINUTE])).toEqual([null, null]);
  });

  it('a late observation that jumps past both thresholds chimes once, for zero', () => {
    expect(alertsAt(running, [T0 + MINUTE, T0 + 11 * MINUTE])).toEqual([null, 'zero']);
  });

  it('moving to the next item or extending never chimes by itself; the extended item warns again later', () => {
    const first = observeTimer(null, running, items, T0 + 9 * MINUTE).memory;
    const next = applyTimer(running, items, { type: 'next' }, T0 + 9.5 * MINUTE);
    expect(observeTimer(first, next, items, T0 + 9.5 * MINUTE).alert).toBeNull();
    const extended = applyTimer(running, items, { type: 'extend' }, T0 + 9.5 * MINUTE);
    // 15 minutes allowed now: 20 % left at 12:00 elapsed.
    expect(alertsAt(extended, [T0 + 9.5 * MINUTE, T0 + 11 * MINUTE, T0 + 12 * MINUTE, T0 + 15 * MINUTE], first)).toEqual([
      null,
      null,
      'warning',
      'zero',
    ]);
  });

  it('a paused timer stays silent; idle and finished never chime', () => {
    const paused = applyTimer(running, items, { type: 'pause' }, T0 + 7 * MINUTE);
    expect(alertsAt(paused, [T0 + 7 * MINUTE, T0 + 30 * MINUTE])).toEqual([null, null]);
    expect(alertsAt(initialTimer(), [T0, T0 + 60 * MINUTE])).toEqual([null, null]);
  });

  it('property: over any sequence of observations of one run, at most one warning and one zero, in that order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 * 60 }), { minLength: 1, maxLength: 40 }), (seconds) => {
        const times = [...seconds].sort((a, b) => a - b).map((s) => T0 + s * 1000);
        const alerts = alertsAt(running, times).filter((a) => a !== null);
        expect(alerts.filter((a) => a === 'warning').length).toBeLessThanOrEqual(1);
        expect(alerts.filter((a) => a === 'zero').length).toBeLessThanOrEqual(1);
        if (alerts.length === 2) expect(alerts).toEqual(['warning', 'zero']);
        // Zero is given exactly when the observations straddle 10:00.
        const straddles = times[0] < T0 + 10 * MINUTE && times.at(-1)! >= T0 + 10 * MINUTE;
        expect(alerts.includes('zero')).toBe(straddles);
      }),
    );
  });
});

describe('options tried on an issue', () => {
  const existing = [{ description: 'Raised with HR business partner', level: 'local' }];

  it('refuses the same option at the same level, ignoring case and spaces, with a clear message', () => {
    const check = checkNewOption(existing, '  raised with HR   Business partner ', 'local');
    expect(check).toMatchObject({
      ok: false,
      reason: 'duplicate',
      message:
        '“Raised with HR business partner” is already recorded as an option tried at local level. Mark it exhausted, or describe what was different this time.',
      error: { code: 'conflict', key: 'optionDuplicate', values: { option: 'Raised with HR business partner', level: 'local' } },
    });
  });

  it('accepts the same words at another level, and new options trimmed; refuses an empty one', () => {
    expect(checkNewOption(existing, 'Raised with HR business partner', 'regional')).toEqual({
      ok: true,
      description: 'Raised with HR business partner',
    });
    expect(checkNewOption(existing, '  Asked for cover from the bank  ', 'local')).toEqual({
      ok: true,
      description: 'Asked for cover from the bank',
    });
    expect(checkNewOption(existing, '   ', 'local')).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('finds a repeat in a typed list, one option per line', () => {
    expect(splitOptions('Mediation\n\n  HR partner \r\nmediation ')).toEqual(['Mediation', 'HR partner', 'mediation']);
    expect(firstRepeat(splitOptions('Mediation\n\n  HR partner \r\nmediation '))).toBe('mediation');
    expect(firstRepeat(['a', 'b'])).toBeNull();
  });

  it('property: a description is a duplicate exactly when its key matches one at the same level', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,6}$/);
    const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    const level = fc.constantFrom('local', 'regional');
    fc.assert(
      fc.property(
        fc.array(fc.record({ description: text, level }), { maxLength: 6 }),
        text,
        level,
        fc.boolean(),
        (list, candidate, at, shout) => {
          const typed = shout ? ` ${candidate.toUpperCase()}  ` : candidate;
          const check = checkNewOption(list, typed, at);
          const clash = list.some((o) => o.level === at && optionKey(o.description) === optionKey(candidate));
          expect(check.ok).toBe(!clash);
        },
      ),
    );
  });
});
