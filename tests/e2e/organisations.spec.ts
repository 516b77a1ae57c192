import { expect, expectAccessible, test } from './fixtures';

test('create, edit and delete an organisation; it survives a restart', async ({ casebook }) => {
  let page = casebook.page;
  await page.getByRole('link', { name: 'Organisations' }).click();
  await expect(page.getByText('No organisations yet')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Add organisation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add organisation' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter the organisation’s name')).toBeVisible();
  await dialog.getByLabel('Name', { exact: false }).first().fill('Northvale Borough Council');
  await dialog.getByLabel('Type').selectOption({ label: 'Local authority' });
  await dialog.getByLabel('Region').selectOption('North West');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await dialog.getByLabel('Contact name').fill('Tom Ellis');
  await dialog.getByLabel('Contact role').fill('Head of Organisational Development');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: /Northvale Borough Council/ });
  await expect(row).toContainText('Local authority');
  await expect(row).toContainText('North West');
  await expect(row).toContainText('1 contact');
  await expect(page.getByRole('status').getByText('Saved')).toBeVisible();

  page = await casebook.restart();
  await page.getByRole('link', { name: 'Organisations' }).click();
  await expect(page.getByRole('row', { name: /Northvale Borough Council/ })).toContainText('1 contact');

  await page.getByRole('button', { name: 'Edit Northvale Borough Council' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Northvale Borough Council' });
  await edit.getByLabel('Region').selectOption('Wales');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('row', { name: /Northvale Borough Council/ })).toContainText('Wales');

  await page.getByRole('button', { name: 'Delete Northvale Borough Council' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Northvale Borough Council?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete organisation' }).click();
  await expect(page.getByText('No organisations yet')).toBeVisible();
});

test('the profile is kept in settings', async ({ casebook }) => {
  let page = casebook.page;
  await page.getByRole('link', { name: 'Settings' }).click();
  const profile = page.getByRole('region', { name: 'Your profile' });
  await profile.getByLabel('Your name').fill('Priya Shah');
  await profile.getByLabel('Role').selectOption({ label: 'Peer assessor' });
  await profile.getByLabel('Organisation').fill('Westbrook City Council');
  await profile.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  await expect(page.getByText(casebook.workspaceDir)).toBeVisible();
  page = await casebook.restart();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Your name')).toHaveValue('Priya Shah');
});
