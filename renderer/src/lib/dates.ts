/**
 * The app's one date style: "1 Dec 2026" for a date, "10:00" for a time and "2 Dec 2026, 10:00"
 * for a moment, in the interface language (formatting lives in i18n/format); typed dates are
 * read day first here. No ISO date or machine-locale date reaches the person.
 */
export { formatDate, formatDateTime, formatDay, formatTime } from '../i18n/format';

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The month number (1–12) of "Mar", "march" or "Sept"; 0 when it is no month. */
const monthOf = (word: string) => 1 + months.findIndex((name) => word === name || word === name.slice(0, 3) || (word === 'sept' && name === 'september'));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** YYYY-MM-DD when year, month and day make a real calendar date; null otherwise (31/02 is not). */
function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * What a person typed into a date box, as YYYY-MM-DD, or null when it is not (yet) a whole date.
 * Accepts the en-GB ways of writing one: 16/03/2026, 16-3-2026, 16.03.2026, "16 Mar 2026",
 * "16 March 2026", and the ISO 2026-03-16. Day first, always: 03/04/2026 is 3 April.
 */
export function parseDateInput(text: string): string | null {
  const s = text.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})$/.exec(s);
  if (m) return isoOf(Number(m[3]), monthOf(m[2]), Number(m[1]));
  return null;
}
