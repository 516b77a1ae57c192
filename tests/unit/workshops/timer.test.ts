import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTimer,
  formatCountdown,
  initialTimer,
  MINUTE,
  projectSchedule,
  readTimer,
  type TimerCommand,
  type TimerItem,
  type TimerState,
} from '../../../shared/domain/timer';

const T0 = Date.UTC(2026, 2, 16, 10, 0, 0);
const items: TimerItem[] = [
  { id: 'welcome', minutes: 10 },
  { id: 'tables', minutes: 60 },
  { id: 'feedback', minutes: 30 },
  { id: 'actions', minutes: 20 },
];

function run(steps: [number, TimerCommand][]): TimerState {
  return steps.reduce((state, [at, command]) => applyTimer(state, items, command, at), initialTimer());
}

describe('live timer', () => {
  it('counts down the current item and moves to the next', () => {
    const state = run([[T0, { type: 'start' }]]);
    expect(readTimer(state, items, T0 + 4 * MINUTE)).toMatchObject({ remainingMs: 6 * MINUTE, warning: 'none' });
    const next = applyTimer(state, items, { type: 'next' }, T0 + 9 * MINUTE);
    const reading = readTimer(next, items, T0 + 9 * MINUTE);
    expect(reading.item?.id).toBe('tables');
    expect(reading.next?.id).toBe('feedback');
    expect(reading.remainingMs).toBe(60 * MINUTE);
    expect(next.log).toEqual([{ itemId: 'welcome', startedAt: T0, endedAt: T0 + 9 * MINUTE, elapsedMs: 9 * MINUTE, outcome: 'done' }]);
  });

  it('warns at 20 % and 5 % left and shows overrun', () => {
    const state = run([[T0, { type: 'start' }]]);
    const at = (seconds: number) => readTimer(state, items, T0 + seconds * 1000).warning;
    expect(at(479)).toBe('none'); // 121 s left of 600
    expect(at(480)).toBe('low'); // exactly 20 % left
    expect(at(569)).toBe('low');
    expect(at(570)).toBe('critical'); // exactly 5 % left
    expect(at(600)).toBe('critical'); // 0:00
    expect(at(601)).toBe('overrun');
    expect(readTimer(state, items, T0 + 608 * 1000).overrunMs).toBe(8000);
  });

  it('does not count paused time, even across minute boundaries', () => {
    const state = run([
      [T0, { type: 'start' }],
      [T0 + 2 * MINUTE + 30_000, { type: 'pause' }],
      [T0 + 7 * MINUTE + 10_000, { type: 'resume' }],
    ]);
    expect(readTimer(state, items, T0 + 8 * MINUTE + 10_000).elapsedMs).toBe(3 * MINUTE + 30_000);
    const paused = applyTimer(state, items, { type: 'pause' }, T0 + 9 * MINUTE);
    expect(readTimer(paused, items, T0 + 60 * MINUTE).remainingMs).toBe(10 * MINUTE - (4 * MINUTE + 20_000));
  });

  it('extends the current item by 5 minutes, and only the current item', () => {
    let state = run([[T0, { type: 'start' }]]);
    state = applyTimer(state, items, { type: 'extend' }, T0 + 9 * MINUTE);
    expect(readTimer(state, items, T0 + 9 * MINUTE).remainingMs).toBe(6 * MINUTE);
    expect(readTimer(state, items, T0 + 9 * MINUTE).warning).toBe('none');
    state = applyTimer(state, items, { type: 'next' }, T0 + 15 * MINUTE);
    expect(readTimer(state, items, T0 + 15 * MINUTE).allowedMs).toBe(60 * MINUTE);
  });

  it('skips an item, logging it as skipped, and finishes after the last', () => {
    let state = run([
      [T0, { type: 'start' }],
      [T0 + MINUTE, { type: 'skip' }],
    ]);
    expect(state.log[0]).toMatchObject({ itemId: 'welcome', outcome: 'skipped', elapsedMs: MINUTE });
    state = applyTimer(state, items, { type: 'next' }, T0 + 2 * MINUTE);
    state = applyTimer(state, items, { type: 'next' }, T0 + 3 * MINUTE);
    state = applyTimer(state, items, { type: 'next' }, T0 + 4 * MINUTE);
    expect(state.status).toBe('finished');
    expect(readTimer(state, items, T0 + 5 * MINUTE).item).toBeNull();
    expect(applyTimer(state, items, { type: 'next' }, T0 + 6 * MINUTE)).toBe(state);
  });

  it('ignores commands that make no sense in the current state', () => {
    const idle = initialTimer();
    expect(applyTimer(idle, items, { type: 'pause' }, T0)).toBe(idle);
    expect(applyTimer(idle, items, { type: 'extend' }, T0)).toBe(idle);
    expect(applyTimer(idle, [], { type: 'start' }, T0)).toBe(idle);
    const running = run([[T0, { type: 'start' }]]);
    expect(applyTimer(running, items, { type: 'resume' }, T0 + 1)).toBe(running);
    expect(applyTimer(running, items, { type: 'start' }, T0 + 1)).toBe(running);
  });

  it('re-flows the schedule when an item overruns', () => {
    let state = run([
      [T0, { type: 'start' }],
      [T0 + 10 * MINUTE, { type: 'next' }],
    ]);
    state = applyTimer(state, items, { type: 'next' }, T0 + 78 * MINUTE); // tables overran by 8 minutes
    const now = T0 + 80 * MINUTE;
    const projection = projectSchedule(state, items, now, T0);
    expect(projection.items.map((i) => i.status)).toEqual(['done', 'done', 'current', 'upcoming']);
    expect(projection.items[2]).toMatchObject({ start: T0 + 78 * MINUTE, end: T0 + 108 * MINUTE });
    expect(projection.end).toBe(T0 + 128 * MINUTE); // planned 12:00, now 12:08
  });

  it('keeps the projected end moving while the current item overruns', () => {
    const state = run([[T0, { type: 'start' }]]);
    const late = projectSchedule(state, items, T0 + 15 * MINUTE, T0);
    expect(late.items[0].end).toBe(T0 + 15 * MINUTE);
    expect(late.end).toBe(T0 + 125 * MINUTE);
  });

  it('projects from the planned start before the session starts', () => {
    expect(projectSchedule(initialTimer(), items, T0 - 30 * MINUTE, T0).end).toBe(T0 + 120 * MINUTE);
    expect(projectSchedule(initialTimer(), items, T0 + 5 * MINUTE, T0).end).toBe(T0 + 125 * MINUTE);
  });

  it('does not drift over a 3-hour session driven by a late, jittery fake clock', () => {
    const long: TimerItem[] = [
      { id: 'a', minutes: 90 },
      { id: 'b', minutes: 90 },
    ];
    let state = applyTimer(initialTimer(), long, { type: 'start' }, T0);
    // A renderer interval that should fire every second but fires 0–250 ms late each time.
    let now = T0;
    let seed = 7;
    // A counter that subtracted 1 s per tick would be this far out by the end.
    let tickCounted = 180 * MINUTE;
    let worstError = 0;
    while (now < T0 + 180 * MINUTE) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      now += 1000 + (seed % 250);
      tickCounted -= 1000;
      if (state.index === 0 && now >= T0 + 90 * MINUTE) state = applyTimer(state, long, { type: 'next' }, T0 + 90 * MINUTE);
      const itemEnd = T0 + (state.index + 1) * 90 * MINUTE;
      worstError = Math.max(worstError, Math.abs(readTimer(state, long, now).remainingMs - (itemEnd - now)));
    }
    expect(worstError).toBe(0);
    expect(tickCounted).toBeGreaterThan(15 * MINUTE);
    const final = readTimer(state, long, T0 + 180 * MINUTE);
    expect(final.remainingMs).toBe(0);
    expect(final.elapsedMs).toBe(90 * MINUTE);
  });

  it('elapsed time always equals wall time minus paused time (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 * MINUTE }), fc.boolean()), { maxLength: 40 }), (steps) => {
        let state = applyTimer(initialTimer(), [{ id: 'x', minutes: 600 }], { type: 'start' }, T0);
        let now = T0;
        let paused = 0;
        for (const [gap, toggle] of steps) {
          if (state.status === 'paused') paused += gap;
          now += gap;
          if (toggle)
            state = applyTimer(state, [{ id: 'x', minutes: 600 }], { type: state.status === 'running' ? 'pause' : 'resume' }, now);
        }
        expect(readTimer(state, [{ id: 'x', minutes: 600 }], now).elapsedMs).toBe(now - T0 - paused);
      }),
    );
  });

  it('formats the countdown', () => {
    expect(formatCountdown(725_000)).toBe('12:05');
    expect(formatCountdown(999)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-190_000)).toBe('-3:10');
    expect(formatCountdown(90 * MINUTE)).toBe('1:30:00');
  });
});
