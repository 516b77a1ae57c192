/**
 * The app's one date style: "1 Dec 2026" for a date, "10:00" for a time and "2 Dec 2026, 10:00"
 * for a moment, in the interface language (formatting lives in i18n/format); typed dates are
 * read day first, in either language, by shared/i18n/dates. No ISO date or machine-locale date reaches the person.
 */
export { formatDate, formatDateTime, formatDay, formatTime } from '../i18n/format';
export { parseDateText as parseDateInput } from '../../../shared/i18n/dates';
