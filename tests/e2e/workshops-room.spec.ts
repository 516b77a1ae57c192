import path from 'node:path';
import type { Page } from '@playwright/test';
import { addOrganisation } from './actions-helpers';
import { expect, expectAccessible, test } from './fixtures';

// README pictures are refreshed only with SCREENSHOTS=1 (as in workshops-screenshots.spec.ts), so test runs leave the tree clean.
const shots = (name: string) =>
  process.env.SCREENSHOTS
    ? path.resolve(import.meta.dirname, '../../resources/screenshots', `${name}.png`)
    : path.resolve(import.meta.dirname, '../../test-results', `${name}.png`);
const tables = ['Table 1', 'Table 2', 'Table 3', 'Table 4'];

async function plannedWorkshop(page: Page, organisation?: string) {
  await page.getByRole('link', { name: 'Workshops' }).click();
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Title').fill('Partnership review — Spring');
  if (organisation) await dialog.getByLabel('Partnership or organisation').selectOption({ label: organisation });
  await dialog.getByLabel('Date').fill('2026-03-16');
  await dialog.getByLabel('Start time').fill('10:00');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Partnership review — Spring' })).toBeVisible();
  for (const name of tables) {
    await page.getByLabel('New table group').fill(name);
    await page.getByLabel('New table group').press('Enter');
  }
  await expect(page.getByRole('button', { name: 'Remove Table 4' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test('two pages: the projector follows the console and never shows what is typed, unless one note is chosen', async ({ casebook }) => {
  test.setTimeout(180_000);
  const { page } = casebook;
  // One fixed clock for the whole browser context, so both pages read the same time.
  const at = (time: string) => page.clock.setFixedTime(new Date(`2026-03-16T${time}`));
  await at('09:59:00');
  // Count the chime's notes: every Web Audio oscillator started in each page.
  await page.context().addInitScript(() => {
    const w = window as unknown as { chimeNotes: number };
    w.chimeNotes = 0;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args: Parameters<typeof start>) {
      w.chimeNotes++;
      return start.apply(this, args);
    };
  });
  const chimeNotes = (p: Page) => p.evaluate(() => (window as unknown as { chimeNotes: number }).chimeNotes);
  await page.reload();
  await page.setViewportSize({ width: 1280, height: 720 });
  await plannedWorkshop(page);
  await page.getByRole('link', { name: 'Live mode' }).click();
  await at('10:00:00');
  await page.getByRole('button', { name: 'Start' }).click();

  // The browser host has no second window: the projector view opens as a second page.
  const [audience] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Open projector window' }).click(),
  ]);
  await audience.setViewportSize({ width: 1280, height: 720 });
  await expect(audience.getByRole('heading', { name: 'Welcome and introductions' })).toBeVisible();
  await expect(audience.getByTestId('audience-countdown')).toHaveText('10:00');
  await expect(audience.getByText('What does good look like? Table discussions (60 min)')).toBeVisible();

  // Warning threshold: both pages pulse (and the console chimes; the rule is unit-tested).
  await at('10:08:30');
  await expect(page.getByText('20 % of the time left')).toBeVisible();
  await expect(page.getByTestId('timer-alert')).toHaveAttribute('data-alert', 'warning');
  await expect(audience.getByTestId('audience-countdown')).toHaveText('1:30');
  await expect(audience.getByTestId('audience-alert')).toHaveAttribute('data-alert', 'warning');
  // The console chimes (two notes); the projector never does.
  await expect.poll(() => chimeNotes(page)).toBe(2);
  expect(await chimeNotes(audience)).toBe(0);

  // The projector follows the console's commands.
  await page.keyboard.press('Alt+N');
  await expect(audience.getByRole('heading', { name: 'What does good look like? Table discussions' })).toBeVisible();
  await expect(audience.getByTestId('audience-countdown')).toHaveText('1:00:00');

  // Capture: an open note, a confidential note, a confidential parking-lot point, a contractual dispute.
  await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Effective communications' });
  await page.getByLabel('Note', { exact: true }).fill('Communicate early — no surprises');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByTestId('recent-notes')).toContainText('Communicate early — no surprises');
  await page.getByLabel('Note', { exact: true }).fill('Grievance about one colleague’s rota');
  await page.getByLabel(/^Confidential/).check();
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByTestId('recent-notes')).toContainText('Grievance about one colleague’s rota');
  await page.getByRole('tab', { name: 'Parking lot' }).click();
  await page.getByRole('textbox', { name: 'Parking lot point' }).fill('Car parking for night staff');
  await page.getByLabel(/^Confidential/).check();
  await page.getByRole('button', { name: 'Add to parking lot' }).click();
  await expect(page.getByRole('textbox', { name: 'Parking lot point' })).toHaveValue('');
  await page.getByRole('tab', { name: 'Issues' }).click();
  await page.getByRole('textbox', { name: 'Issue', exact: true }).fill('Dispute about one colleague’s contract');
  await page.getByLabel('This is an individual contractual dispute').check();
  await page.getByRole('button', { name: 'Add issue' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kept on this workshop as a note for union casework' })).toBeVisible();

  // Options tried: a repeat is refused with a clear message and the text stays.
  await page.getByRole('textbox', { name: 'Issue', exact: true }).fill('Release time for reps during reorganisation');
  await page.getByLabel('Options already tried').fill('Asked HR for cover\nRaised at the JNCC\n  asked hr for cover ');
  await page.getByRole('button', { name: 'Add issue' }).click();
  await expect(page.getByRole('alert')).toHaveText('“asked hr for cover” is listed twice under options already tried. Remove the repeat.');
  await page.getByLabel('Options already tried').fill('Asked HR for cover\nRaised at the JNCC');
  await page.getByRole('button', { name: 'Add issue' }).click();
  await expect(page.getByText('Release time for reps during reorganisation — 2 options tried')).toBeVisible();
  if (process.env.ROOM_LOOK) await page.screenshot({ path: '/tmp/room-issues.png' });

  // Something half typed on the console.
  await page.getByRole('tab', { name: 'Notes' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Half-typed thought about the chief executive');

  // The projector shows the chosen theme's prompts, and the one note chosen.
  await page.getByLabel('Prompts on the projector').selectOption({ label: 'Effective communications' });
  await expect(audience.getByRole('heading', { name: 'Effective communications' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show on projector: Grievance about one colleague’s rota' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show on projector: Communicate early — no surprises' }).click();
  await expect(audience.getByTestId('audience-note')).toHaveText('Communicate early — no surprises');
  await expect(page.getByTestId('projected-note')).toHaveText('On the projector: Communicate early — no surprises');

  const secrets = [
    'Grievance about one colleague’s rota',
    'Car parking for night staff',
    'Dispute about one colleague’s contract',
    'Release time for reps',
    'Asked HR for cover',
    'Half-typed thought',
  ];
  const projected = await audience.locator('body').innerText();
  for (const secret of secrets) expect(projected).not.toContain(secret);
  expect(await audience.content()).not.toContain('Grievance about one colleague');
  await expectAccessible(audience);
  await audience.screenshot({ path: shots('workshop-audience') });
  await expectAccessible(page);
  await page.screenshot({ path: shots('workshop-console') });

  // Taking the note off leaves nothing typed on the projector at all.
  await page.getByRole('button', { name: 'Take off the projector: Communicate early — no surprises' }).click();
  await expect(audience.getByTestId('audience-note')).toHaveCount(0);
  expect(await audience.locator('body').innerText()).not.toContain('Communicate early');

  // With the chime off, zero still pulses but makes no sound. (The item started at 10:08:30.)
  await page.getByLabel('Chime at the warning and at zero').uncheck();
  await expect(page.getByLabel('Chime at the warning and at zero')).not.toBeChecked();
  await at('11:08:31');
  await expect(page.getByText(/Overrun by/)).toBeVisible();
  await expect(page.getByTestId('timer-alert')).toHaveAttribute('data-alert', 'zero');
  await expect(audience.getByTestId('audience-alert')).toHaveAttribute('data-alert', 'zero');
  expect(await chimeNotes(page)).toBe(2);
  await audience.close();
});

test('ratings for 4 tables × 9 themes by keyboard in under 40 key presses, and the same grid on review', async ({ casebook }) => {
  test.setTimeout(120_000);
  const { page } = casebook;
  await page.setViewportSize({ width: 1280, height: 720 });
  await plannedWorkshop(page);
  await page.getByRole('link', { name: 'Live mode' }).click();
  await page.getByRole('tab', { name: 'Ratings' }).click();
  await expect(page.getByRole('tab', { name: 'Ratings' })).toBeFocused();

  let presses = 0;
  const press = async (key: string) => {
    presses++;
    await page.keyboard.press(key);
  };
  // Tab from the Ratings tab into the grid (one tab stop for the whole grid).
  while (
    !(await page
      .getByRole('gridcell')
      .first()
      .evaluate((el) => el === document.activeElement))
  ) {
    await press('Tab');
    expect(presses).toBeLessThan(4);
  }
  // Table by table, as each calls out its nine ratings.
  const called = [
    [2, 1, 3, 2, 1, 2, 0, 2, 3],
    [1, 1, 2, 2, 2, 3, 1, 2, 2],
    [3, 2, 2, 1, 0, 2, 1, 3, 4],
    [2, 2, 1, 2, 1, 2, 2, 2, 3],
  ];
  for (const table of called) for (const value of table) await press(String(value));
  expect(presses).toBeLessThan(40);

  const grid = page.getByRole('grid');
  await expect(grid.locator('[data-rating]:not([data-rating=""])')).toHaveCount(36);
  const themes = await grid.locator('tbody th').allInnerTexts();
  expect(themes).toHaveLength(9);
  for (const [col, table] of called.entries()) {
    for (const [row, value] of table.entries()) {
      await expect(grid.getByRole('gridcell', { name: new RegExp(`^${themes[row]}, ${tables[col]}: ${value} `) })).toBeVisible();
    }
  }
  // Arrows move, Delete clears; the change is announced.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Delete');
  await expect(grid.getByRole('gridcell', { name: `${themes[7]}, Table 4: Not rated` })).toBeFocused();
  await expect(page.getByText(`Table 4, ${themes[7]}: Not rated`)).toBeAttached();
  await page.keyboard.press('2');
  await expect(page.getByRole('status').getByText('Saved')).toBeAttached();
  await expectAccessible(page);
  await page.getByTestId('live-mode').screenshot({ path: shots('workshop-ratings-grid') });

  await page.getByRole('link', { name: 'Leave live mode' }).click();
  await page.getByRole('link', { name: 'Review' }).click();
  const review = page.getByRole('grid');
  await expect(review.getByRole('gridcell', { name: new RegExp(`^${themes[0]}, Table 3: 3 `) })).toBeVisible();
  await expect(page.getByTestId(/^table-spread-/)).toHaveText(['0–3 (9 themes)', '1–3 (9 themes)', '0–4 (9 themes)', '1–3 (9 themes)']);
  // A misheard rating is corrected on review; the spread follows.
  await review.getByRole('gridcell', { name: new RegExp(`^${themes[2]}, Table 3: 2 `) }).click();
  await page.keyboard.press('4');
  await expect(page.getByTestId(/^table-spread-/).nth(2)).toHaveText('0–4 (9 themes)');
  await page.keyboard.press('ArrowDown'); // the 0 for the fifth theme
  await page.keyboard.press('Delete');
  await expect(page.getByTestId(/^table-spread-/).nth(2)).toHaveText('1–4 (8 themes)');
  await expectAccessible(page);
  if (process.env.ROOM_LOOK) await page.getByRole('region', { name: 'Ratings' }).screenshot({ path: '/tmp/room-review-grid.png' });
});

test('options tried in the room reach the issue log, which refuses the same option twice', async ({ casebook }) => {
  test.setTimeout(120_000);
  const { page } = casebook;
  await addOrganisation(page, 'Eastmoor Hospitals NHS Trust');
  await plannedWorkshop(page, 'Eastmoor Hospitals NHS Trust');
  await page.getByRole('link', { name: 'Live mode' }).click();
  await page.getByRole('tab', { name: 'Issues' }).click();
  await page.getByRole('textbox', { name: 'Issue', exact: true }).fill('Release time for reps during reorganisation');
  await page.getByLabel('Options already tried').fill('Raised with the HR business partner\nAsked the bank for cover');
  await page.getByRole('button', { name: 'Add issue' }).click();
  await expect(page.getByText('Release time for reps during reorganisation — 2 options tried')).toBeVisible();
  await page.getByRole('link', { name: 'Leave live mode' }).click();

  await page.getByRole('link', { name: 'Actions' }).click();
  await page.getByRole('tab', { name: /Issue/ }).click();
  await page.getByRole('button', { name: 'Open issue Release time for reps during reorganisation' }).click();
  const dialog = page.getByRole('dialog', { name: /Issue: Release time/ });
  await expect(dialog.getByText('Raised with the HR business partner')).toBeVisible();
  await expect(dialog.getByText('Asked the bank for cover')).toBeVisible();
  await dialog.getByLabel('Option tried at local level').fill('  raised with the hr BUSINESS partner ');
  await dialog.getByRole('button', { name: 'Record option' }).click();
  await expect(
    dialog.getByText('“Raised with the HR business partner” is already recorded as an option tried at local level.', { exact: false }),
  ).toBeVisible();
  // The typed text stays, and nothing was added.
  await expect(dialog.getByLabel('Option tried at local level')).toHaveValue('  raised with the hr BUSINESS partner ');
  await expect(dialog.getByRole('checkbox', { name: /exhausted/ })).toHaveCount(2);
  await expectAccessible(page);
});
