import { expect, expectAccessible, test } from './fixtures';

test('the demo loads beside an organisation that shares a demo name, and never advises deleting anything', async ({ casebook }) => {
  const { page } = casebook;
  await page.getByRole('link', { name: 'Organisations' }).click();
  await page.getByRole('button', { name: 'Add organisation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add organisation' });
  await dialog.getByLabel('Name', { exact: false }).first().fill('Northvale Borough Council');
  await dialog.getByLabel('Type').selectOption({ label: 'Local authority' });
  await dialog.getByLabel('Region').selectOption('Wales');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(page.getByText('Demo workspace loaded: 4 cases for fictional authorities.')).toBeVisible();

  // A second load is refused by what the demo created, and says nothing about deleting.
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(page.getByText('The demo is already loaded in this workspace; your own records were not touched.')).toBeVisible();
  await expect(page.getByText(/delete/i)).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Organisations' }).click();
  const rows = page.getByRole('row', { name: /Northvale Borough Council/ });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Wales' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'North West' })).toHaveCount(1);
});
