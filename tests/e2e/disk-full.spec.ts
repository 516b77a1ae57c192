import { expect, test } from './fixtures';

test.skip(process.env.E2E_TARGET === 'electron', 'the disk-full switch is a browser-host control');

test('a full disk says why, keeps what was typed, and the retry saves it', async ({ casebook }) => {
  const { page } = casebook;
  await page.getByRole('link', { name: 'Organisations' }).click();
  await casebook.setDiskFull(true);

  await page.getByRole('button', { name: 'Add organisation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add organisation' });
  await dialog.getByLabel('Name', { exact: false }).first().fill('Harbourside District Council');
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(dialog.getByRole('alert')).toContainText('The disk is full');
  await expect(dialog.getByLabel('Name', { exact: false }).first()).toHaveValue('Harbourside District Council');
  const status = page.getByRole('banner').getByRole('status');
  await expect(status).toContainText('Not saved — The disk is full');

  // Space is freed; saving again from the form that kept everything succeeds.
  await casebook.setDiskFull(false);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toHaveText('Saved');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Organisations' }).click();
  await expect(page.getByRole('row', { name: /Harbourside District Council/ })).toHaveCount(1);
});
