import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatMonthYear, parseDateText, softMutate } from '../../../shared/i18n/dates';
import { formatDateIn, formatDateTimeIn, formatLongDateTimeIn } from '../../../renderer/src/i18n/format';

describe('one date formatter and one parser for English and Welsh', () => {
  it('shows Welsh month names and abbreviations in the Welsh interface', () => {
    expect(formatIsoDate('cy', '2027-06-30')).toBe('30 Meh 2027');
    expect(formatIsoDate('cy', '2027-06-30', 'long')).toBe('30 Mehefin 2027');
    expect(formatIsoDate('cy', '2026-11-20')).toBe('20 Tach 2026');
    expect(formatIsoDate('en-GB', '2026-11-20')).toBe('20 Nov 2026');
    expect(formatDateIn('cy', '2026-12-03')).toBe('3 Rhag 2026');
    const at = new Date(2026, 10, 20, 9, 5).toISOString();
    expect(formatDateTimeIn('cy', at)).toBe('20 Tach 2026, 09:05');
    expect(formatLongDateTimeIn('cy', at)).toBe('20 Tachwedd 2026 am 09:05');
    expect(formatLongDateTimeIn('en-GB', at)).toBe('20 November 2026 at 09:05');
  });

  it('reads typed Welsh dates, short, long and mutated, whichever the interface', () => {
    expect(parseDateText('30 Meh 2027')).toBe('2027-06-30');
    expect(parseDateText('30 Mehefin 2027')).toBe('2027-06-30');
    expect(parseDateText('30 mehefin 2027')).toBe('2027-06-30');
    expect(parseDateText('30 Fehefin 2027')).toBe('2027-06-30');
    expect(parseDateText('1 Gorff 2027')).toBe('2027-07-01');
    expect(parseDateText('1 Gor 2027')).toBe('2027-07-01');
    expect(parseDateText('14 Chwef 2028')).toBe('2028-02-14');
    expect(parseDateText('14 Chwefror 2028')).toBe('2028-02-14');
    expect(parseDateText('5 Rhagfyr 2026')).toBe('2026-12-05');
    expect(parseDateText('16 Mar 2026')).toBe('2026-03-16');
    for (const bad of ['30 Mehefinn 2027', '31 Meh 2027', '30 Xyz 2027', '30 Meh']) expect(parseDateText(bad)).toBeNull();
  });

  it('mutates month names after "o" where Welsh mutates them', () => {
    expect(formatMonthYear('cy', '2027-06-01', true)).toBe('Fehefin 2027');
    expect(formatMonthYear('cy', '2027-03-01', true)).toBe('Fawrth 2027');
    expect(formatMonthYear('cy', '2027-07-01', true)).toBe('Orffennaf 2027');
    expect(formatMonthYear('cy', '2027-11-01', true)).toBe('Dachwedd 2027');
    expect(formatMonthYear('cy', '2027-01-01', true)).toBe('Ionawr 2027');
    expect(formatMonthYear('cy', '2027-08-01', true)).toBe('Awst 2027');
    expect(formatMonthYear('en', '2027-06-01', true)).toBe('June 2027');
    expect(softMutate('Chwefror')).toBe('Chwefror');
  });

  it('every date shown, in either language and style, reads back as itself (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom('en-GB', 'cy'),
        fc.constantFrom('short' as const, 'long' as const),
        (d, language, style) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parseDateText(formatIsoDate(language, iso, style))).toBe(iso);
        },
      ),
    );
  });
});
