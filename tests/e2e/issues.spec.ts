import { expect, test } from './fixtures';
import { addOrganisation, raiseIssue, expectAccessibleSettled } from './actions-helpers';

// Several screens with axe checks after toasts fade: generous on a loaded machine.
test.setTimeout(120_000);

test('an issue escalates local → regional only after the options tried are recorded and exhausted', async ({ casebook }) => {
  const { page } = casebook;
  await addOrganisation(page, 'Eastmoor Hospitals NHS Trust');
  await raiseIssue(page, {
    organisation: 'Eastmoor Hospitals NHS Trust',
    title: 'Release time for reps during reorganisation',
    description: 'Reps cannot attend consultation meetings.',
  });
  await expect(page.getByText('Issue logged at local level')).toBeVisible();
  const row = page.getByRole('row', { name: /Release time for reps/ });
  await expect(row).toContainText('Local');
  await expect(row).toContainText('None recorded');
  await expectAccessibleSettled(page);

  await row.getByRole('button', { name: 'Open issue Release time for reps during reorganisation' }).click();
  const dialog = page.getByRole('dialog', { name: /Issue: Release time/ });
  await expect(dialog.getByText('Record the options tried at this level before escalating')).toBeVisible();
  await expect(dialog.getByRole('button', { name: /Escalate/ })).toHaveCount(0);

  // Keyboard: type the option and submit it with Enter on the button.
  await dialog.getByLabel('Option tried at local level').fill('Raised with the HR business partner; cover for reps not funded');
  await dialog.getByRole('button', { name: 'Record option' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Mark every option tried at this level as exhausted before escalating.')).toBeVisible();
  await expectAccessibleSettled(page);
  // Saved before it shows as ticked: the box follows what main has stored.
  await dialog.getByRole('checkbox', { name: /exhausted/ }).click();
  await expect(dialog.getByRole('checkbox', { name: /exhausted/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Escalate to regional level' }).click();
  await expect(dialog.getByRole('heading', { name: 'Options tried at regional level' })).toBeVisible();
  await expect(dialog.getByText(/Local → Regional/)).toBeVisible();
  // The regional level starts again: no escalation to national without regional options.
  await expect(dialog.getByText('Record the options tried at this level before escalating')).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: /exhausted/ })).toBeDisabled();
  // The outcome is kept as typed, then the issue is resolved and leaves the open list.
  await dialog.getByLabel('Outcome').fill('Regional officers agreed cover for rep meetings');
  await dialog.getByLabel('Outcome').press('Tab');
  await page.keyboard.press('Escape');
  await expect(row).toContainText('Regional');
  await row.getByRole('button', { name: /Open issue/ }).click();
  await expect(dialog.getByLabel('Outcome')).toHaveValue('Regional officers agreed cover for rep meetings');
  await dialog.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(dialog.getByRole('button', { name: 'Reopen issue' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(row).toBeHidden();
  await page.getByLabel('Show resolved issues').check();
  await expect(row).toContainText('Resolved');
});

test('an individual contractual dispute is refused with the reason and kept as a note', async ({ casebook }) => {
  const { page } = casebook;
  await addOrganisation(page, 'Eastmoor Hospitals NHS Trust');
  const text = 'A colleague disputes the hours in her contract after the restructure.';
  await raiseIssue(page, {
    organisation: 'Eastmoor Hospitals NHS Trust',
    title: 'Contract hours dispute',
    description: text,
    dispute: true,
  });
  const refusal = page.getByRole('dialog', { name: 'Not logged: individual contractual dispute' });
  await expect(refusal.getByText(/unions and professional associations deal with them as casework/)).toBeVisible();
  await expect(refusal.getByText('The text is kept as a note on Eastmoor Hospitals NHS Trust.')).toBeVisible();
  await expectAccessibleSettled(page);
  await refusal.getByRole('button', { name: 'Close' }).last().click();

  await expect(page.getByText('No issues logged')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kept as notes' })).toBeVisible();
  await expect(page.getByText(text)).toBeVisible();

  await page.getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('link', { name: 'Eastmoor Hospitals NHS Trust' }).click();
  await expect(page.getByText(text)).toBeVisible();
});
