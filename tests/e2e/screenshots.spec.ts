import path from 'node:path';
import { expect, test } from './fixtures';

// `SCREENSHOTS=1 npm run test:e2e -- screenshots` refreshes the README's pictures.
test.skip(!process.env.SCREENSHOTS, 'only when refreshing README screenshots');

const out = (name: string) => path.resolve(import.meta.dirname, '../../resources/screenshots', `${name}.png`);

test('organisations and settings', async ({ casebook }) => {
  const { page } = casebook;
  await page.getByRole('link', { name: 'Organisations' }).click();
  for (const [name, region] of [
    ['Northvale Borough Council', 'North West'],
    ['Eastmoor Hospitals NHS Trust', 'East of England'],
    ['Riverside Schools Partnership', 'Wales'],
  ]) {
    await page.getByRole('button', { name: 'Add organisation' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name', { exact: false }).first().fill(name);
    await dialog.getByLabel('Region').selectOption(region);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }
  await page.screenshot({ path: out('organisations') });
  await page.getByRole('button', { name: 'Edit Northvale Borough Council' }).click();
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.screenshot({ path: out('organisation-form') });
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.screenshot({ path: out('settings') });
  await page.getByRole('link', { name: 'Cases' }).click();
  await page.screenshot({ path: out('cases-empty') });
});

test('the regional overview on the demo workspace', async ({ casebook }) => {
  const { page } = casebook;
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(page.getByText('Showing 4 of 4 cases')).toBeVisible();
  await page.screenshot({ path: out('cases-list') });
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('table', { name: 'Organisations in the overview' }).getByRole('row', { name: /Castlemere/ })).toContainText(
    'Full award',
  );
  await page.screenshot({ path: out('overview'), fullPage: true });
});
