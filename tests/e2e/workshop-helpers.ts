import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Creates a workshop from the Workshops page's dialog, as a facilitator does, and waits for it to open. */
export async function newWorkshop(page: Page, title = 'Partnership review', { date = '2026-03-16', start = '10:00' } = {}) {
  await page.getByRole('link', { name: 'Workshops' }).click();
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Date').fill(date);
  await dialog.getByLabel('Start time').fill(start);
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}
