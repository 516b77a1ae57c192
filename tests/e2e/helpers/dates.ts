import type { Locator } from '@playwright/test';

/**
 * Types a date into the app's DateField the way a person in the UK would (dd/mm/yyyy), then
 * Tab, which closes the calendar and shows the date as "16 Mar 2026".
 */
export async function fillDate(field: Locator, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await field.fill(`${d}/${m}/${y}`);
  await field.press('Tab');
}

/** How the app shows a YYYY-MM-DD date: "16 Mar 2026". */
export const shownDate = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
