import { describe, expect, it } from 'vitest';
import { formatClock, moveItem, parseClock, planSchedule } from '../../../shared/domain/schedule';

describe('schedule', () => {
  it('parses and formats 24-hour clock times', () => {
    expect(parseClock('10:00')).toBe(600);
    expect(parseClock('09:05')).toBe(545);
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('9:5')).toBeNull();
    expect(formatClock(600)).toBe('10:00');
    expect(formatClock(1445)).toBe('00:05');
  });

  it('gives each item its start time from the start time and the durations before it', () => {
    const plan = planSchedule('10:00', [
      { id: 'welcome', minutes: 10 },
      { id: 'tables', minutes: 60 },
      { id: 'feedback', minutes: 30 },
      { id: 'actions', minutes: 20 },
    ]);
    expect(plan.items.map((i) => formatClock(i.start))).toEqual(['10:00', '10:10', '11:10', '11:40']);
    expect(formatClock(plan.end)).toBe('12:00');
    expect(plan.totalMinutes).toBe(120);
    expect(plan.overBy).toBe(0);
  });

  it('flags an agenda longer than the session', () => {
    const plan = planSchedule(
      '10:00',
      [
        { id: 'a', minutes: 100 },
        { id: 'b', minutes: 35 },
      ],
      120,
    );
    expect(plan.overBy).toBe(15);
    expect(planSchedule('10:00', [{ id: 'a', minutes: 120 }], 120).overBy).toBe(0);
  });

  it('treats negative durations as zero and an empty agenda as ending at the start', () => {
    const plan = planSchedule('14:30', [{ id: 'a', minutes: -5 }]);
    expect(plan.end).toBe(plan.start);
    expect(planSchedule('14:30', []).totalMinutes).toBe(0);
  });

  it('moves items and clamps out-of-range moves', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
  });
});
