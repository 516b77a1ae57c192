// Dates follow the interface language (en-GB "3 Dec 2026", cy "3 Rhag 2026"): one helper for the app.
export { formatDate, formatDateTime, formatTime } from '../../i18n/format';

/** The member of `list` equal to `value` (a select's string), or null: no casts needed. */
export const oneOf = <T extends string>(list: readonly T[], value: string): T | null => list.find((item) => item === value) ?? null;

/** Today as YYYY-MM-DD on this computer's calendar. */
export const todayIso = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
