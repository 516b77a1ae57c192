import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, parseDateInput } from '../../../renderer/src/lib/dates';

describe('the one date style', () => {
  it('formats dates en-GB, day first, whatever the machine locale', () => {
    expect(formatDate('2026-12-01')).toBe('1 Dec 2026');
    expect(formatDate('2027-02-28')).toBe('28 Feb 2027');
    // Local time, as the interview was taken.
    const at = new Date(2026, 11, 2, 10, 0).toISOString();
    expect(formatTime(at)).toBe('10:00');
    expect(formatDateTime(at)).toBe('2 Dec 2026, 10:00');
    expect(formatTime(new Date(2026, 11, 2, 0, 5).toISOString())).toBe('00:05');
  });
});

describe('typed dates', () => {
  it('reads the en-GB ways of writing a date, day first', () => {
    expect(parseDateInput('16/03/2026')).toBe('2026-03-16');
    expect(parseDateInput(' 3/4/2026 ')).toBe('2026-04-03');
    expect(parseDateInput('16-03-2026')).toBe('2026-03-16');
    expect(parseDateInput('16.03.2026')).toBe('2026-03-16');
    expect(parseDateInput('16 Mar 2026')).toBe('2026-03-16');
    expect(parseDateInput('16 march 2026')).toBe('2026-03-16');
    expect(parseDateInput('16 Sept 2026')).toBe('2026-09-16');
    expect(parseDateInput('2026-03-16')).toBe('2026-03-16');
  });

  it('refuses what is not a whole, real date', () => {
    for (const text of [
      '',
      '16/03',
      '31/02/2026',
      '29/02/2026',
      '00/01/2026',
      '12/13/2026',
      '16 Marx 2026',
      '2026-3',
      '16/03/20266',
      'yesterday',
    ]) {
      expect(parseDateInput(text)).toBeNull();
    }
    expect(parseDateInput('29/02/2028')).toBe('2028-02-29');
  });

  it('every calendar date written dd/mm/yyyy reads back as itself, and formats to the same day (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-');
        expect(parseDateInput(`${day}/${m}/${y}`)).toBe(iso);
        expect(parseDateInput(formatDate(iso))).toBe(iso);
      }),
      { numRuns: 500 },
    );
  });
});
