// Dates go through the app's one formatting helper; re-exported here for the cases screens.
export { formatDate, formatDateTime, formatTime } from '../../lib/dates';

/** The member of `list` equal to `value` (a select's string), or null: no casts needed. */
export const oneOf = <T extends string>(list: readonly T[], value: string): T | null => list.find((item) => item === value) ?? null;

/** Today as YYYY-MM-DD on this computer's calendar. */
export const todayIso = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
