import { expect, expectAccessible, test } from './fixtures';
import { newWorkshop } from './workshop-helpers';

test('in live mode a note, an action and an issue can be removed, each with the one Undo', async ({ casebook }) => {
  test.setTimeout(90_000);
  const { page } = casebook;
  await newWorkshop(page);
  await page.getByRole('link', { name: 'Live mode' }).click();

  // A note: removed, then put back with Ctrl+Z.
  await page.getByLabel('Note', { exact: true }).fill('Communicate early');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByTestId('recent-notes')).toContainText('Communicate early');
  await page.getByRole('button', { name: 'Remove: Communicate early' }).click();
  await expect(page.getByText('Removed “Communicate early”.')).toBeVisible();
  await expect(page.getByTestId('recent-notes')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('recent-notes')).toContainText('Communicate early');

  // An action: removed, then put back with the Undo button.
  await page.getByRole('tab', { name: 'Actions' }).click();
  await page.getByRole('textbox', { name: 'Action', exact: true }).fill('Circulate papers ten days ahead');
  await page.getByRole('button', { name: 'Add action' }).click();
  const removeAction = page.getByRole('button', { name: 'Remove: Circulate papers ten days ahead' });
  await removeAction.click();
  await expect(removeAction).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(removeAction).toHaveCount(1);

  // An issue: removed, and it stays removed when the offer is closed.
  await page.getByRole('tab', { name: 'Issues' }).click();
  await page.getByRole('textbox', { name: 'Issue', exact: true }).fill('Depot relocation timetable');
  await page.getByRole('button', { name: 'Add issue' }).click();
  const removeIssue = page.getByRole('button', { name: 'Remove: Depot relocation timetable' });
  await removeIssue.click();
  await expect(removeIssue).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(removeIssue).toHaveCount(0);
  await page.getByRole('tab', { name: 'Actions' }).click();
  await expect(page.getByRole('button', { name: 'Remove: Circulate papers ten days ahead' })).toHaveCount(1);
});

test('a pasted list of attendees is added at once; a line it cannot read stays in the box, named', async ({ casebook }) => {
  const { page } = casebook;
  await newWorkshop(page);
  const box = page.getByRole('textbox', { name: 'Paste a list of attendees' });
  await box.fill(
    'Patricia Gale, Northvale Borough Council, management\nOwen Castell, UNISON, staff side\nGlenys Harte, GMB, bosses\nSiân Llŷr',
  );
  await page.getByRole('button', { name: 'Add these attendees' }).click();
  await expect(page.getByRole('heading', { name: /Attendees \(3 attendees\)/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Owen Castell UNISON Staff side/ })).toBeVisible();
  await expect(box).toHaveValue('Glenys Harte, GMB, bosses');
  await expect(page.getByText('1 line could not be read')).toBeVisible();
  await expectAccessible(page);
});
