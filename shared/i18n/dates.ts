/**
 * The one date formatter and the one date parser, for English and Welsh alike.
 * Month names are ours, not the platform's: Chromium ships without Welsh locale data, so
 * `Intl.DateTimeFormat('cy')` falls back to English there ("20 Nov 2026" in a Welsh screen).
 * Short dates are "30 Meh 2027" / "30 Jun 2027", long dates "30 Mehefin 2027" / "30 June 2027".
 */

export type DateLanguage = 'en' | 'cy';

const MONTHS: Record<DateLanguage, { long: readonly string[]; short: readonly string[] }> = {
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  cy: {
    long: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
    // CLDR's Welsh abbreviations.
    short: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
  },
};

/** Soft mutation of a Welsh month name, as after "o" ("o Fehefin", "o Fawrth"); names that do not mutate come back unchanged. */
export function softMutate(word: string): string {
  const rules: [RegExp, string][] = [
    [/^Ll/, 'L'],
    [/^Rh/, 'R'],
    [/^M/, 'F'],
    [/^G/, ''],
    [/^T/, 'D'],
    [/^P/, 'B'],
    [/^C(?!h)/, 'G'],
    [/^B/, 'F'],
    [/^D(?!d)/, 'Dd'],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(word)) {
      const mutated = word.replace(pattern, replacement);
      return replacement === '' ? mutated.charAt(0).toUpperCase() + mutated.slice(1) : mutated;
    }
  }
  return word;
}

/** The language code of an interface or document language ("cy", "cy-GB", "en-GB", "bilingual" → en). */
export const dateLanguageOf = (language: string | undefined): DateLanguage => (language?.toLowerCase().startsWith('cy') ? 'cy' : 'en');

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "30 Jun 2027" / "30 Meh 2027" (short) or "30 June 2027" / "30 Mehefin 2027" (long) from YYYY-MM-DD, as a calendar date. */
export function formatIsoDate(language: string, date: string, style: 'short' | 'long' = 'short'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  const month = Number(m[2]) - 1;
  return `${Number(m[3])} ${MONTHS[dateLanguageOf(language)][style][month]} ${m[1]}`;
}

/** The local calendar date (YYYY-MM-DD) of a moment on this computer. */
export const localIsoDate = (when: Date): string => `${pad(when.getFullYear(), 4)}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;

/** "09:15" on this computer's clock, 24-hour in both languages. */
export const formatClock = (when: Date): string => `${pad(when.getHours())}:${pad(when.getMinutes())}`;

/** A month and year, mutated after "o" in Welsh when asked ("o Fehefin 2027"); English is "June 2027". */
export function formatMonthYear(language: string, date: string, afterO = false): string {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  if (!m) return date;
  const lang = dateLanguageOf(language);
  const name = MONTHS[lang].long[Number(m[2]) - 1];
  return `${lang === 'cy' && afterO ? softMutate(name) : name} ${m[1]}`;
}

/** Every spelling a person may type for a month: both languages, long and short, old abbreviations, and mutated Welsh forms. */
const MONTH_WORDS: Map<string, number> = (() => {
  const words = new Map<string, number>();
  const add = (word: string, month: number) => words.set(word.toLowerCase(), month);
  for (const lang of ['en', 'cy'] as const) {
    MONTHS[lang].long.forEach((name, i) => {
      add(name, i + 1);
      if (lang === 'cy') add(softMutate(name), i + 1);
    });
    MONTHS[lang].short.forEach((name, i) => {
      add(name, i + 1);
      if (lang === 'cy') add(softMutate(name), i + 1);
    });
  }
  add('Sept', 9);
  // dayjs's and older Welsh abbreviations.
  for (const [word, month] of [
    ['Chwe', 2],
    ['Gor', 7],
    ['Aws', 8],
    ['Med', 9],
    ['Tachw', 11],
  ] as const)
    add(word, month);
  return words;
})();

/** YYYY-MM-DD when year, month and day make a real calendar date; null otherwise (31/02 is not). */
function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * What a person typed into a date box, as YYYY-MM-DD, or null when it is not (yet) a whole date.
 * Day first, always (03/04/2026 is 3 April): 16/03/2026, 16-3-2026, 16.03.2026, the ISO 2026-03-16,
 * and a month by name in either language, whichever the interface: "16 Mar 2026", "30 Meh 2027",
 * "30 Mehefin 2027", "30 Fehefin 2027".
 */
export function parseDateText(text: string): string | null {
  const s = text.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([\p{L}]{3,10})\.?,?\s+(\d{4})$/u.exec(s);
  if (m) return isoOf(Number(m[3]), MONTH_WORDS.get(m[2]) ?? 0, Number(m[1]));
  return null;
}
