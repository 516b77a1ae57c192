const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "30 Jun 2026" for a YYYY-MM-DD date, read as a calendar date (no time zone shift). */
export const formatDate = (iso: string): string => dateFormat.format(new Date(`${iso}T00:00:00Z`));

/** "10 May 2026, 10:00" in the user's time zone. */
export const formatDateTime = (iso: string): string => dateTimeFormat.format(new Date(iso));
