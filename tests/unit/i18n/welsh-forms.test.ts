import { describe, expect, it } from 'vitest';
import i18n, { setLanguage } from '../../../renderer/src/i18n';
import { formatDateIn, formatDateTimeIn, formatNumberIn, formatTimeIn } from '../../../renderer/src/i18n/format';
import { needsWelcome, profileSchema } from '../../../shared/domain/settings';

describe('Welsh plural forms, dates and numbers', () => {
  it('picks each of the six Welsh plural forms, with the mutation the number causes', async () => {
    await setLanguage('cy');
    const interviews = (count: number) => i18n.t('cases:criterion.interviewCount', { count });
    expect([0, 1, 2, 3, 6, 7].map(interviews)).toEqual([
      '0 cyfweliad',
      '1 cyfweliad',
      '2 gyfweliad',
      '3 chyfweliad',
      '6 chyfweliad',
      '7 cyfweliad',
    ]);
    expect(i18n.t('exports:export.pages', { count: 6 })).toBe('6 thudalen');
    await setLanguage('en-GB');
    expect(i18n.t('cases:criterion.interviewCount', { count: 2 })).toBe('2 interviews');
  });

  it('formats dates, times and numbers in the language asked for', () => {
    expect(formatDateIn('en-GB', '2026-12-03')).toBe('3 Dec 2026');
    expect(formatDateIn('cy', '2026-12-03')).toBe('3 Rhag 2026');
    expect(formatDateIn('cy', '2026-06-30')).toBe('30 Meh 2026');
    const nineFifteen = new Date(2026, 10, 20, 9, 15).getTime();
    expect(formatTimeIn('cy', nineFifteen)).toBe('09:15');
    expect(formatTimeIn('en-GB', nineFifteen)).toBe('09:15');
    expect(formatDateTimeIn('cy', new Date(2026, 10, 20, 21, 5).toISOString())).toMatch(/20 Tach 2026.*21:05/);
    expect(formatNumberIn('cy', 1234.5)).toBe('1,234.5');
  });
});

describe('the profile carries the language and the first-run state', () => {
  it('reads a profile saved before languages existed as English, already past the welcome when named', () => {
    const old = profileSchema.parse({ name: 'Priya Shah', role: 'peer_assessor', organisation: '' });
    expect(old.language).toBe('en-GB');
    expect(needsWelcome(old)).toBe(false);
  });

  it('asks a fresh workspace who you are, and never again once welcomed', () => {
    const fresh = profileSchema.parse({ name: '', role: 'peer_assessor', organisation: '' });
    expect(needsWelcome(fresh)).toBe(true);
    expect(needsWelcome({ ...fresh, welcomed: true })).toBe(false);
    expect(() => profileSchema.parse({ ...fresh, language: 'fr' })).toThrow();
  });
});
