import i18n from 'i18next';
import { formatClock, formatIsoDate, localIsoDate } from '../../../shared/i18n/dates';

/**
 * One place for dates, times and numbers in the interface, in the active language:
 * en-GB "3 Dec 2026", cy "3 Rhag 2026"; times are always the 24-hour "09:15".
 * Dates go through shared/i18n/dates (our own month names: Chromium has no Welsh locale data).
 */
const current = (): string => i18n.language || 'en-GB';

/** "3 Dec 2026" from YYYY-MM-DD, read as a calendar date (no time-zone shift). */
export const formatDateIn = (language: string, date: string): string => formatIsoDate(language, date);

/** "2 Dec 2026" from an ISO timestamp: the day it was on this computer's calendar. */
export const formatDayIn = (language: string, iso: string): string => formatIsoDate(language, localIsoDate(new Date(iso)));

/** "20 Nov 2026, 09:15" from an ISO timestamp, in the user's time zone. */
export const formatDateTimeIn = (language: string, iso: string): string => `${formatDayIn(language, iso)}, ${formatClock(new Date(iso))}`;

/** "09:15" from an ISO timestamp or epoch milliseconds. */
export const formatTimeIn = (_language: string, when: string | number): string => formatClock(new Date(when));

/** "3 December 2026" from an ISO timestamp. */
export const formatLongDateIn = (language: string, iso: string): string => formatIsoDate(language, localIsoDate(new Date(iso)), 'long');

/** "3 December 2026 at 09:15" / "3 Rhagfyr 2026 am 09:15" from an ISO timestamp. */
export const formatLongDateTimeIn = (language: string, iso: string): string =>
  `${formatLongDateIn(language, iso)} ${language.startsWith('cy') ? 'am' : 'at'} ${formatClock(new Date(iso))}`;

/** A number with the language's separators ("1,234.5"). */
export const formatNumberIn = (language: string, n: number): string => new Intl.NumberFormat(language).format(n);

/** The same helpers bound to the active interface language, for use while rendering. */
export const formatDate = (date: string) => formatDateIn(current(), date);
export const formatDateTime = (iso: string) => formatDateTimeIn(current(), iso);
export const formatDay = (iso: string) => formatDayIn(current(), iso);
export const formatTime = (when: string | number) => formatTimeIn(current(), when);
export const formatLongDate = (iso: string) => formatLongDateIn(current(), iso);
export const formatLongDateTime = (iso: string) => formatLongDateTimeIn(current(), iso);
export const formatNumber = (n: number) => formatNumberIn(current(), n);
