import type { Language } from '../domain/settings';

/**
 * The first of the system's languages (most preferred first, BCP 47 tags) that Casebook speaks:
 * any Welsh tag is Welsh, any English tag is English, and English when none of them is either.
 * The window (navigator.languages) and main (app.getPreferredSystemLanguages) both ask this.
 */
export function languageFromSystem(tags: readonly string[]): Language {
  for (const tag of tags) {
    if (/^cy(-|_|$)/i.test(tag)) return 'cy';
    if (/^en(-|_|$)/i.test(tag)) return 'en-GB';
  }
  return 'en-GB';
}
