import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { fillDate } from './helpers/dates';

async function workshopWithRatings(page: Page, title: string, date: string, ratings: Record<string, string>) {
  await page.getByRole('link', { name: 'Workshops', exact: true }).click();
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Partnership or organisation').selectOption({ label: 'Eastmoor Hospitals NHS Trust' });
  await fillDate(dialog.getByLabel('Date'), date);
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByLabel('New table group').fill('Table 1');
  await page.getByLabel('New table group').press('Enter');
  await expect(page.getByRole('button', { name: 'Remove Table 1' })).toBeVisible();
  await page.getByRole('link', { name: 'Live mode' }).click();
  await page.getByRole('tab', { name: 'Ratings' }).click();
  for (const [cell, value] of Object.entries(ratings)) {
    await page.getByRole('gridcell', { name: new RegExp(`^${cell}:`) }).click();
    await page.keyboard.press(value);
  }
  await expect(page.getByRole('status').getByText('Saved')).toBeAttached();
  await page.getByRole('link', { name: 'Leave live mode' }).click();
}

test('the review compares ratings with the previous workshop of the same partnership and template', async ({ casebook }) => {
  test.setTimeout(120_000);
  const { page } = casebook;
  await page.getByRole('link', { name: 'Organisations' }).click();
  await page.getByRole('button', { name: 'Add organisation' }).click();
  const org = page.getByRole('dialog', { name: 'Add organisation' });
  await org.getByLabel('Name', { exact: false }).first().fill('Eastmoor Hospitals NHS Trust');
  await org.getByRole('button', { name: 'Save' }).click();
  await expect(org).toBeHidden();

  await workshopWithRatings(page, 'Partnership review — Autumn', '2025-10-01', { 'Clear vision, Table 1': '1', 'Resources, Table 1': '2' });
  await workshopWithRatings(page, 'Partnership review — Spring', '2026-03-16', { 'Clear vision, Table 1': '2', 'Resources, Table 1': '2' });
  await page.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByTestId('change-clear-vision')).toHaveText(
    'Change since Partnership review — Autumn (1 Oct 2025): +1 (median 1 → 2)',
  );
  await expect(page.getByTestId('change-resources')).toHaveText('Change since Partnership review — Autumn (1 Oct 2025): 0 (median 2 → 2)');
  await expect(page.getByTestId('change-delivering')).toHaveText(
    'Change since Partnership review — Autumn (1 Oct 2025): Not rated last time',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectAccessible(page);
});
