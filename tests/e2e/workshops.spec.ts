import { expect, expectAccessible, test } from './fixtures';
import type { Page } from '@playwright/test';
import { fillDate } from './helpers/dates';

const agendaTitles = (page: Page) =>
  page.locator('[data-agenda] fieldset input[required]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

test('plan a workshop from a template, run it live with a fake clock, capture, restart, review', async ({ casebook }) => {
  test.setTimeout(180_000); // one long journey on a shared 2-core machine
  let page = casebook.page;
  // The live timer reads the page's clock. Fix it before the app loads and move it by hand;
  // timers keep running for real, so animations and axe behave normally.
  const at = (time: string) => page.clock.setFixedTime(new Date(`2026-03-16T${time}`));
  await at('09:59:00');
  await page.reload();

  await page.getByRole('link', { name: 'Organisations' }).click();
  await page.getByRole('button', { name: 'Add organisation' }).click();
  const orgDialog = page.getByRole('dialog', { name: 'Add organisation' });
  await orgDialog.getByLabel('Name', { exact: false }).first().fill('Eastmoor Hospitals NHS Trust');
  await orgDialog.getByRole('button', { name: 'Save' }).click();
  await expect(orgDialog).toBeHidden();
  // The organisation's notification has a close button without a name (a shell issue): let it go.
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByRole('link', { name: 'Workshops' }).click();
  await expect(page.getByText('No workshops yet')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await expect(dialog.getByLabel('Template')).toHaveValue('what-good-looks-like');
  await dialog.getByLabel('Title').fill('Partnership review — Spring');
  await dialog.getByLabel('Partnership or organisation').selectOption({ label: 'Eastmoor Hospitals NHS Trust' });
  await fillDate(dialog.getByLabel('Date'), '2026-03-16');
  await dialog.getByLabel('Start time').fill('10:00');
  await dialog.getByLabel('Venue').fill('Board room, Eastmoor');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Partnership review — Spring' })).toBeVisible();

  // Table groups.
  for (const name of ['Table 1', 'Table 2']) {
    await page.getByLabel('New table group').fill(name);
    await page.getByLabel('New table group').press('Enter');
  }
  await expect(page.getByRole('button', { name: 'Remove Table 2' })).toBeVisible();

  // Agenda from the template; planned end from the start time and durations.
  expect(await agendaTitles(page)).toEqual([
    'Welcome and introductions',
    'What does good look like? Table discussions',
    'Feedback from tables and ratings',
    'Top tips for working in partnership',
    'Agreeing actions',
    'Close and next steps',
  ]);
  await expect(page.getByText('Planned end 12:15 · 135 minutes')).toBeVisible();

  // Add an item, name it, and move it up twice with the keyboard.
  await page.getByRole('button', { name: 'Add agenda item' }).click();
  const title = page.locator('[data-agenda] fieldset input[required]').last();
  await expect(title).toBeFocused();
  await page.keyboard.type('Coffee break');
  await page.keyboard.press('Tab'); // leaves the title: saved
  await title.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByText('Coffee break moved to position 5 of 7, starting 11:50.')).toBeAttached();
  await expect
    .poll(() => agendaTitles(page))
    .toEqual([
      'Welcome and introductions',
      'What does good look like? Table discussions',
      'Feedback from tables and ratings',
      'Top tips for working in partnership',
      'Coffee break',
      'Agreeing actions',
      'Close and next steps',
    ]);
  await expect(page.locator('[data-agenda] fieldset input[required]').nth(4)).toBeFocused();
  await expect(page.getByText('Planned end 12:25 · 145 minutes')).toBeVisible();

  // Delete with undo.
  await page.getByRole('button', { name: 'Delete Close and next steps' }).click();
  await expect.poll(async () => (await agendaTitles(page)).length).toBe(6);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await agendaTitles(page)).at(-1)).toBe('Close and next steps');
  await expectAccessible(page);

  // Live mode: two items with the fake clock.
  await page.getByRole('link', { name: 'Live mode' }).click();
  const countdown = page.getByTestId('countdown');
  await expect(countdown).toHaveText('10:00');
  await expectAccessible(page);
  await at('10:00:00');
  await page.getByRole('button', { name: 'Start' }).click();
  await at('10:08:00');
  await expect(countdown).toHaveText('2:00');
  await expect(page.getByText('20 % of the time left')).toBeVisible();
  await at('10:09:35');
  await expect(page.getByText('Under 5 % of the time left')).toBeVisible();
  await page.keyboard.press('Alt+N'); // next item by shortcut
  await expect(page.getByRole('heading', { name: 'What does good look like? Table discussions' })).toBeVisible();
  await expect(countdown).toHaveText('1:00:00');
  await page.getByRole('button', { name: 'Extend by 5 minutes' }).click();
  await expect(countdown).toHaveText('1:05:00');
  await at('11:22:35');
  await expect(page.getByText('Overrun by 8:00')).toBeVisible();
  // 11:22:35 now and 75 minutes of agenda left: 12:37:35 against a planned 12:25.
  await expect(page.getByTestId('projected-end')).toHaveText('Finishes 12:37 (planned 12:25) · 13 min late');

  // Capture without leaving live mode.
  await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Processes and organisation' });
  await page.getByLabel('Table group').selectOption({ label: 'Table 1' });
  await page.getByLabel('Note', { exact: true }).fill('Consistency of membership');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByTestId('recent-notes')).toContainText('Consistency of membership — Table 1');
  await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Effective communications' });
  await page.getByLabel('Table group').selectOption({ label: 'Table 2' });
  await page.getByLabel('Note', { exact: true }).fill('Communicate early — no surprises');
  await page.getByLabel('Note', { exact: true }).press('Control+Enter');
  await expect(page.getByTestId('recent-notes')).toContainText('Communicate early — no surprises');

  await page.getByRole('tab', { name: 'Ratings' }).click();
  // A digit rates the focused cell (and moves on to the next theme).
  await page.getByRole('gridcell', { name: /^Clear vision, Table 1:/ }).click();
  await page.keyboard.press('1');
  await page.getByRole('gridcell', { name: /^Resources, Table 1:/ }).click();
  await page.keyboard.press('2');
  await page.getByRole('gridcell', { name: /^Clear vision, Table 2:/ }).click();
  await page.keyboard.press('3');
  await expect(page.getByRole('gridcell', { name: 'Resources, Table 1: 2 developing' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('tab', { name: 'Top tips' }).click();
  await page.getByRole('textbox', { name: 'Top tip', exact: true }).fill('Keep at it!');
  await page.getByRole('button', { name: 'Add top tip' }).click();
  // The box empties once main has the tip; then the tip shows in the list (not the box).
  await expect(page.getByRole('textbox', { name: 'Top tip', exact: true })).toHaveValue('');
  await expect(page.getByText('Keep at it!')).toBeVisible();
  // A mis-click on the small × must not lose what a table said: Undo (here Ctrl+Z) puts it back.
  await page.getByRole('button', { name: 'Remove: Keep at it!' }).click();
  await expect(page.getByText('Removed “Keep at it!”.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Keep at it!' })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('listitem').filter({ hasText: 'Keep at it!' })).toHaveCount(1);

  await page.getByRole('tab', { name: 'Parking lot' }).click();
  await page.getByRole('textbox', { name: 'Parking lot point' }).fill('Car parking at the main site');
  await page.getByRole('button', { name: 'Add to parking lot' }).click();
  await expect(page.getByRole('textbox', { name: 'Parking lot point' })).toHaveValue('');
  await expect(page.getByText('Car parking at the main site')).toBeVisible();

  await page.getByRole('tab', { name: 'Actions' }).click();
  await page.getByRole('textbox', { name: 'Action', exact: true }).fill('Joint communications plan');
  await page.getByLabel('Owner').fill('Head of communications');
  await page.getByLabel('Partner side').selectOption({ label: 'Management' });
  await fillDate(page.getByLabel('Due date'), '2026-06-30');
  await page.getByLabel('Status').selectOption({ label: 'Amber' });
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByText('Joint communications plan — Head of communications')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('tab', { name: 'Issues' }).click();
  await page.getByRole('textbox', { name: 'Issue', exact: true }).fill('Release time for reps during reorganisation');
  await page.getByRole('button', { name: 'Add issue' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Issue added' })).toBeVisible();
  await expectAccessible(page);

  // The projector is a separate window (workshops-room.spec.ts drives it).

  // Restart: everything is still there, the live timer included.
  page = await casebook.restart();
  await page.getByRole('link', { name: 'Workshops' }).click();
  await expect(page.getByRole('row', { name: /Partnership review — Spring/ })).toContainText('Eastmoor Hospitals NHS Trust');
  await page.getByRole('link', { name: 'Partnership review — Spring' }).click();
  await expect.poll(() => agendaTitles(page)).toContain('Coffee break');
  await page.getByRole('link', { name: 'Live mode' }).click();
  await expect(page.getByRole('heading', { name: 'What does good look like? Table discussions' })).toBeVisible();
  await page.getByRole('link', { name: 'Leave live mode' }).click();
  await page.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByTestId('spread-clear-vision')).toHaveText('Ratings: lowest 1, median 2, highest 3 from 2 groups');
  await expect(page.getByTestId('spread-resources')).toHaveText('Ratings: lowest 2, median 2, highest 2 from 1 groups');
  await expect(page.getByTestId('spread-delivering')).toHaveText('Not rated');
  const processes = page.getByRole('region', { name: 'Processes and organisation' });
  await expect(processes.getByLabel('Edit note')).toHaveValue('Consistency of membership');
  await expect(page.getByText('Keep at it!')).toBeVisible();
  await expect(page.getByText('Car parking at the main site')).toBeVisible();
  await expect(page.getByText('Joint communications plan — Head of communications (Amber)')).toBeVisible();
  await expect(page.getByText('Release time for reps during reorganisation')).toBeVisible();
  await expectAccessible(page);

  // Tidy a note, then mark the workshop complete.
  await processes.getByLabel('Edit note').fill('Consistency of membership at every meeting');
  await processes.getByRole('button', { name: 'Save note' }).click();
  await expect(processes.getByRole('button', { name: 'Save note' })).toBeDisabled();
  await page.getByRole('button', { name: 'Mark workshop complete' }).click();
  await expect(page.getByRole('button', { name: 'Reopen workshop' })).toBeVisible();
  page = await casebook.restart();
  await page.getByRole('link', { name: 'Workshops' }).click();
  await expect(page.getByRole('row', { name: /Partnership review — Spring/ })).toContainText('Complete');

  // The issue raised in the room is in Eastmoor's issue log, and the action is in the tracker.
  await page.getByRole('link', { name: 'Actions & issues' }).click();
  await expect(page.getByText('Joint communications plan').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Issue log' }).click();
  await expect(page.getByText('Release time for reps during reorganisation').first()).toBeVisible();
});
