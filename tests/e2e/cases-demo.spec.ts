import path from 'node:path';
import { expect, expectAccessible, test } from './fixtures';

test('the demo workspace, list filters, and a case file exported and imported back', async ({ casebook }) => {
  const { page } = casebook;
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(page.getByText('Showing 4 of 4 cases')).toBeVisible();
  await expect(page.getByRole('row', { name: /Harrowfield/ })).toContainText('Overdue');
  await page.getByLabel('Only overdue action plans').check();
  await expect(page.getByText('Showing 1 of 4 cases')).toBeVisible();
  await page.getByLabel('Only overdue action plans').uncheck();
  await page.getByLabel('Stage').selectOption({ label: 'Assessment' });
  await expect(page.getByRole('row', { name: /Northvale/ })).toBeVisible();
  await expect(page.getByText('Showing 2 of 4 cases')).toBeVisible();
  await page.getByLabel('Stage').selectOption({ label: 'Any stage' });
  await page.getByLabel('Region').selectOption('South West');
  await expect(page.getByText('Showing 1 of 4 cases')).toBeVisible();
  await page.getByLabel('Region').selectOption({ label: 'Any region' });
  await page.getByLabel('Search cases').fill('north');
  await expect(page.getByText('Showing 1 of 4 cases')).toBeVisible();
  await expectAccessible(page);

  // Export the mid-assessment case, then import it back: it exists, so keep both.
  await page.getByRole('link', { name: 'Northvale Borough Council' }).click();
  const file = path.join(casebook.workspaceDir, 'northvale.casebook-case');
  await casebook.queueSave(file);
  await page.getByRole('button', { name: 'Export case file' }).click();
  await expect(page.getByText(`Case exported to ${file}`)).toBeVisible();
  await page.getByRole('link', { name: 'All cases' }).click();
  await casebook.queuePick([file]);
  await page.getByRole('button', { name: 'Import case file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import Northvale Borough Council' });
  await expect(dialog).toContainText('6 evidence items');
  await expect(dialog).toContainText('already in your workspace');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByText('Showing 5 of 5 cases')).toBeVisible();

  // A file that is not a case file is refused with a message, and nothing changes.
  await casebook.queuePick([path.resolve(import.meta.dirname, '../../package.json')]);
  await page.getByRole('button', { name: 'Import case file' }).click();
  await expect(page.getByText(/not a Casebook case file/).first()).toBeVisible();
  await expect(page.getByText('Showing 5 of 5 cases')).toBeVisible();
});
