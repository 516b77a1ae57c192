/** Pure text formatting shared by every document (en-GB or cy, dates without time-zone surprises). */
import type { DocumentLanguage } from '../../../shared/i18n/documents';

const locales: Record<DocumentLanguage, string> = { en: 'en-GB', cy: 'cy' };
const longDate = (language: DocumentLanguage) =>
  new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTime = (language: DocumentLanguage) =>
  new Intl.DateTimeFormat(locales[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/London',
  });
const formats = { en: { date: longDate('en'), dateTime: dateTime('en') }, cy: { date: longDate('cy'), dateTime: dateTime('cy') } };

const dayOf = (isoDay: string) => new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);

/** "2026-11-22" → "22 November 2026", or in Welsh "22 Tachwedd 2026". */
export function formatDate(isoDay: string | null | undefined, language: DocumentLanguage = 'en'): string {
  if (!isoDay) return '—';
  const date = dayOf(isoDay);
  return Number.isNaN(date.getTime()) ? isoDay : formats[language].date.format(date);
}

/** "2026-11-22" → "22/11/2026": the one date form that reads the same in Welsh and English. */
export function numericDate(isoDay: string | null | undefined): string {
  if (!isoDay) return '—';
  const date = dayOf(isoDay);
  return Number.isNaN(date.getTime()) ? isoDay : `${isoDay.slice(8, 10)}/${isoDay.slice(5, 7)}/${isoDay.slice(0, 4)}`;
}

/** An ISO instant → "22 November 2026 at 10:15" (Welsh "22 Tachwedd 2026 am 10:15") in UK time. */
export function formatDateTime(iso: string, language: DocumentLanguage = 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = formats[language].dateTime.format(date);
  // Some ICU versions put a comma where English writes "at"; Welsh ICU already writes "am".
  return language === 'en' ? text.replace(', ', ' at ') : text.replace(', ', ' am ');
}
