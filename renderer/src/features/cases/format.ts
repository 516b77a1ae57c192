const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** "3 Dec 2026" from YYYY-MM-DD. */
export const formatDate = (date: string): string => dateFormat.format(new Date(`${date}T00:00:00Z`));
/** "20 Nov 2026, 09:15" from an ISO timestamp, in the user's time zone. */
export const formatDateTime = (iso: string): string => dateTimeFormat.format(new Date(iso));
/** "09:15" from an ISO timestamp. */
export const formatTime = (iso: string): string => timeFormat.format(new Date(iso));

/** The member of `list` equal to `value` (a select's string), or null: no casts needed. */
export const oneOf = <T extends string>(list: readonly T[], value: string): T | null => list.find((item) => item === value) ?? null;
