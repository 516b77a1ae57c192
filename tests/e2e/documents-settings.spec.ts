import path from 'node:path';
import { expect, test } from './fixtures';
import { expectAccessibleSettled } from './actions-helpers';

test.setTimeout(120_000);

const shot = (name: string) => path.resolve(import.meta.dirname, '../../test-results', `${name}.png`);

test('the issuing organisation is kept in Settings, keyboard first, with no serious axe findings', async ({ casebook }) => {
  const { page } = casebook;
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Issuing organisation' });
  await section.getByLabel('Organisation name').fill('Cyflogwyr Rhanbarthol Cymru');
  await section.getByLabel('Address line').fill('Uned 4, Y Cwrt Dinesig, Caerdydd');
  await section.getByRole('button', { name: 'Save issuing organisation' }).press('Enter');
  await expect(page.getByText('Issuing organisation saved')).toBeVisible();
  await expectAccessibleSettled(page);
  await page.screenshot({ path: shot('settings-issuer'), fullPage: true });
  await page.reload();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('region', { name: 'Issuing organisation' }).getByLabel('Organisation name')).toHaveValue(
    'Cyflogwyr Rhanbarthol Cymru',
  );
});
