import { describe, expect, it } from 'vitest';
import i18n, { setLanguage } from '../../../renderer/src/i18n';
import { welshLinking } from '../../../shared/i18n/welsh-linking';

describe('gyda → gydag and â → ag before a vowel (issue 23)', () => {
  it('links before a vowel, leaves consonants, W, and words that merely contain "gyda" alone', () => {
    expect(welshLinking('Cyfweliad gyda Alun Evans')).toBe('Cyfweliad gydag Alun Evans');
    expect(welshLinking('Gyda Ifan a Gyda Ŷr')).toBe('Gydag Ifan a Gydag Ŷr');
    expect(welshLinking('Cysylltwyd y cyfweliad gyda Eleri â Owain')).toBe('Cysylltwyd y cyfweliad gydag Eleri ag Owain');
    expect(welshLinking('gyda Bethan â C1, C2')).toBe('gyda Bethan â C1, C2');
    expect(welshLinking('gyda Wyn')).toBe('gyda Wyn');
    expect(welshLinking('cyfgyda Alun')).toBe('cyfgyda Alun');
  });

  it('history lines and the interview heading use it in Welsh, never in English', async () => {
    await setLanguage('cy');
    expect(i18n.t('history:lines.interviewAdded', { name: 'Alun Evans' })).toBe('Dechreuwyd nodyn cyfweliad gydag Alun Evans');
    expect(i18n.t('history:lines.interviewAdded', { name: 'Bethan Jones' })).toBe('Dechreuwyd nodyn cyfweliad gyda Bethan Jones');
    expect(i18n.t('history:lines.interviewLinked', { name: 'Owain', criteria: 'C1' })).toBe('Cysylltwyd y cyfweliad gydag Owain â C1');
    expect(i18n.t('cases:interviews.editing', { name: 'Eleri' })).toBe('Cyfweliad gydag Eleri');
    await setLanguage('en-GB');
    expect(i18n.t('history:lines.interviewAdded', { name: 'Alun Evans' })).not.toMatch(/gydag/);
  });

  it('counts of one say "1 day", not "1 days" (a regression guard)', async () => {
    await setLanguage('en-GB');
    expect(i18n.t('cases:deadline.due_soon', { count: 1, date: '1 Dec 2026' })).toBe('Action plan due soon: 1 Dec 2026 (1 day)');
    expect(i18n.t('cases:deadline.overdue', { count: 2, date: '1 Dec 2026' })).toBe('Action plan overdue since 1 Dec 2026 (2 days)');
  });
});
