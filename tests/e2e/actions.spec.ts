import { expect, test } from './fixtures';
import { addAction, addOrganisation, expectAccessibleSettled } from './actions-helpers';

// Several screens with axe checks after toasts fade: generous on a loaded machine.
test.setTimeout(120_000);

test('an action created in the tracker is updated there and shows the update at its source', async ({ casebook }) => {
  let page = casebook.page;
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Your name').fill('Gareth Example');
  await page.getByRole('region', { name: 'Your profile' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  await addOrganisation(page, 'Eastmoor Hospitals NHS Trust');
  await addOrganisation(page, 'Northvale Borough Council', 'North West');

  await page.getByRole('link', { name: 'Actions & issues' }).click();
  await expect(page.getByText('No actions yet')).toBeVisible();
  await expectAccessibleSettled(page);

  await addAction(page, {
    organisation: 'Eastmoor Hospitals NHS Trust',
    what: 'Joint communications plan',
    owner: 'Head of communications',
    due: '2020-06-30',
    status: 'Amber',
  });
  await addAction(page, {
    organisation: 'Northvale Borough Council',
    what: 'Training for new staff-side reps',
    owner: 'Staff side secretary',
    due: '2099-01-31',
  });
  await expect(page.getByText('2 actions shown')).toBeVisible();
  const comms = page.getByRole('row', { name: /Joint communications plan/ });
  await expect(comms).toContainText('Overdue');
  await expect(comms).toContainText('Amber');
  await expectAccessibleSettled(page);

  // Filters: overdue, owner, organisation; sorted by due date.
  await page.getByLabel('Overdue only').check();
  await expect(page.getByText('1 action shown')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Owner').fill('secretary');
  await expect(page.getByRole('row', { name: /Training for new staff-side reps/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Joint communications plan/ })).toBeHidden();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Sort by due date').selectOption({ label: 'Latest first' });
  await expect(page.getByRole('row').nth(1)).toContainText('Training for new staff-side reps');

  // Update by keyboard: status and a dated note, recorded with the profile name.
  await page.getByRole('button', { name: 'Open Joint communications plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Action: Joint communications plan' });
  await expect(dialog.getByText('Lives in: Eastmoor Hospitals NHS Trust (Tracker)')).toBeVisible();
  await expectAccessibleSettled(page);
  await dialog.getByLabel('Status').selectOption({ label: 'Red' });
  await dialog.getByLabel('Progress note').fill('Head of communications on leave until July');
  await dialog.getByLabel('Progress note').press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(comms).toContainText('Red');
  await expect(comms).toContainText('Head of communications on leave until July');

  // The source (the organisation's page, via the overview) shows the same record.
  page = await casebook.restart();
  await page.getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('link', { name: 'Eastmoor Hospitals NHS Trust' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Eastmoor Hospitals NHS Trust' })).toBeVisible();
  const atSource = page.getByRole('row', { name: /Joint communications plan/ });
  await expect(atSource).toContainText('Red');
  await expect(atSource).toContainText('Head of communications on leave until July');
  await atSource.getByRole('button', { name: 'Open Joint communications plan' }).click();
  const history = page.getByRole('dialog', { name: 'Action: Joint communications plan' });
  await expect(history.getByText('Status set to Red')).toBeVisible();
  await expect(history.getByText(/Gareth Example/)).toBeVisible();
  await expectAccessibleSettled(page);
});
