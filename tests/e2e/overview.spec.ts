import { expect, test } from './fixtures';
import { addAction, addOrganisation, raiseIssue, expectAccessibleSettled } from './actions-helpers';

// Several screens with axe checks after toasts fade: generous on a loaded machine.
test.setTimeout(120_000);

test('the overview shows each organisation with its open and overdue actions and open issues by level', async ({ casebook }) => {
  const { page } = casebook;
  await addOrganisation(page, 'Eastmoor Hospitals NHS Trust', 'East of England');
  await addOrganisation(page, 'Northvale Borough Council', 'North West');
  await addAction(page, {
    organisation: 'Eastmoor Hospitals NHS Trust',
    what: 'Joint communications plan',
    due: '2020-06-30',
    status: 'Amber',
  });
  await addAction(page, { organisation: 'Eastmoor Hospitals NHS Trust', what: 'Training for new reps', due: '2099-06-30' });
  await addAction(page, {
    organisation: 'Eastmoor Hospitals NHS Trust',
    what: 'Terms of reference review',
    due: '2020-01-31',
    status: 'Done',
  });
  await raiseIssue(page, { organisation: 'Northvale Borough Council', title: 'Facility time' });
  await expect(page.getByText('Issue logged at local level')).toBeVisible();

  await page.getByRole('link', { name: 'Overview' }).click();
  // The table's rows (the maturity map above it is a grid with a row per organisation too).
  const table = page.getByRole('table', { name: 'Organisations in the overview' });
  const eastmoor = table.getByRole('row', { name: /Eastmoor Hospitals NHS Trust/ });
  const cells = eastmoor.getByRole('cell');
  await expect(cells.nth(3)).toHaveText('2');
  await expect(cells.nth(4)).toHaveText('1');
  await expect(cells.nth(5)).toHaveText('None');
  await expect(table.getByRole('row', { name: /Northvale Borough Council/ })).toContainText('1 local · 0 regional · 0 national');
  await expect(page.getByText('Organisations: 2 · open actions: 2 (overdue: 1) · open issues: 1')).toBeVisible();
  await expectAccessibleSettled(page);

  // Sort by overdue (largest first), then filter by region.
  await page.getByRole('button', { name: 'Sort by Overdue' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('Eastmoor');
  await page.getByRole('combobox', { name: 'Region' }).selectOption('North West');
  await expect(table.getByRole('row', { name: /Eastmoor/ })).toBeHidden();
  await expect(page.getByText('Organisations: 1 · open actions: 0 (overdue: 0) · open issues: 1')).toBeVisible();

  await page.getByRole('link', { name: 'Northvale Borough Council' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Northvale Borough Council' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Facility time/ })).toContainText('Local');
  await expectAccessibleSettled(page);
});
