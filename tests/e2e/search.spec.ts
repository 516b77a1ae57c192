import { expect, test } from './fixtures';
import { addOrganisation, expectAccessibleSettled } from './actions-helpers';

// Several screens with axe checks after toasts fade: generous on a loaded machine.
test.setTimeout(120_000);

test('search finds a word typed in a library case study, from the header and in the library', async ({ casebook }) => {
  const { page } = casebook;
  await addOrganisation(page, 'Northvale Borough Council', 'North West');
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByText('The library is empty')).toBeVisible();
  await expectAccessibleSettled(page);
  await page.getByRole('button', { name: 'Add case study' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add case study' });
  await dialog.getByLabel('Title').fill('Learning centre open on every shift');
  await dialog.getByLabel('Organisation').selectOption({ label: 'Northvale Borough Council' });
  await dialog.getByLabel('Theme', { exact: true }).fill('Flexibility in delivery');
  await dialog.getByLabel('Summary').fill('Refuse crews joined sessions at the depot before the early shift.');
  await dialog.getByLabel('What worked').fill('Union learning reps ran drop-ins; managers released staff for an hour.');
  await dialog.getByLabel('Contact role').fill('Union learning rep');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.getByLabel('Search the library').fill('drop-ins');
  await expect(page.getByText('1 case study')).toBeVisible();
  await page.getByLabel('Search the library').fill('parking');
  await expect(page.getByText('No case studies match “parking”.')).toBeVisible();

  // Ctrl+K from anywhere, type, Enter opens the best match.
  await page.getByRole('link', { name: 'Cases' }).click();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: 'Search everything' })).toBeFocused();
  await page.keyboard.type('depot');
  const results = page.getByRole('listbox');
  await expect(results.getByText('Library')).toBeVisible();
  await expect(results.getByRole('option', { name: /Learning centre open on every shift/ })).toBeVisible();
  await expectAccessibleSettled(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Learning centre open on every shift' })).toBeVisible();
  await expect(page.getByText('Union learning reps ran drop-ins; managers released staff for an hour.')).toBeVisible();
  await expectAccessibleSettled(page);

  // Edit the case study: the old word no longer finds it, the new one does.
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: /Edit Learning centre/ });
  await edit.getByLabel('Summary').fill('Refuse crews joined sessions in the canteen.');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await page.locator('body').press('/');
  await expect(page.getByRole('searchbox', { name: 'Search everything' })).toBeFocused();
  await page.keyboard.type('depot');
  await expect(page.getByRole('listbox').getByText('Nothing found for “depot”.')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('canteen');
  await expect(page.getByRole('option', { name: /Learning centre/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('northvale');
  await expect(page.getByRole('listbox').getByText('Organisations')).toBeVisible();
});
