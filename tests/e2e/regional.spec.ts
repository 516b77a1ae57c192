import { expect, expectAccessible, test } from './fixtures';

test('the overview maps the demo authorities, and search finds a word typed in evidence', async ({ casebook }) => {
  const { page } = casebook;
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(page.getByText('Showing 4 of 4 cases')).toBeVisible();

  await page.getByRole('link', { name: 'Overview' }).click();
  // The table's rows (the maturity map above it is a grid with a row per organisation too).
  const row = (name: RegExp) => page.getByRole('table', { name: 'Organisations in the overview' }).getByRole('row', { name });
  await expect(row(/Harrowfield/)).toContainText('Action plan');
  await expect(row(/Harrowfield/)).toContainText('Overdue');
  await expect(row(/Northvale/)).toContainText('Assessment');
  await expect(row(/Eastbridge/)).toContainText('Action plan');
  await expect(row(/Castlemere/)).toContainText('Full award');
  await expect(page.getByText('Award stages and maturity ratings appear once')).toBeHidden();
  await expectAccessible(page);

  // A word only the HR business partner's interview note contains.
  const search = page.getByRole('searchbox', { name: 'Search everything' });
  await search.fill('starters');
  await expect(page.getByRole('option', { name: /Farah Nadeem/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Northvale Borough Council/ }).first()).toBeVisible();

  // The overdue action plan shows in the tracker too, edited at its source.
  await page.getByRole('link', { name: 'Actions & issues' }).click();
  await expect(page.getByRole('table').first()).toContainText('GO Award');
});
