import path from 'node:path';
import { expect, test } from './fixtures';

// `SCREENSHOTS=1 npx playwright test -c tests/e2e/playwright.config.ts workshops-screenshots` refreshes the README's pictures.
test.skip(!process.env.SCREENSHOTS, 'only when refreshing README screenshots');

const out = (name: string) => path.resolve(import.meta.dirname, '../../resources/screenshots', `${name}.png`);

test('workshop plan, live mode at 1280×720 and review', async ({ casebook }) => {
  test.setTimeout(180_000);
  const { page } = casebook;
  const at = (time: string) => page.clock.setFixedTime(new Date(`2026-03-16T${time}`));
  await at('09:55:00');
  await page.reload();
  await page.getByRole('link', { name: 'Workshops' }).click();
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Title').fill('Partnership review — Spring');
  await dialog.getByLabel('Venue').fill('Board room, Eastmoor');
  await page.screenshot({ path: out('workshop-create') });
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Partnership review — Spring' })).toBeVisible();
  await page.getByLabel('Session length (minutes)').fill('120');
  await page.getByLabel('Session length (minutes)').blur();
  for (const name of ['Table 1', 'Table 2', 'Table 3', 'Table 4']) {
    await page.getByLabel('New table group').fill(name);
    await page.getByLabel('New table group').press('Enter');
  }
  await expect(page.getByText('Over length by 15 minutes')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0); // the "created" notification has gone
  await page.screenshot({ path: out('workshop-plan'), fullPage: true });

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('link', { name: 'Live mode' }).click();
  await at('10:00:00');
  await page.getByRole('button', { name: 'Start' }).click();
  await at('10:08:10');
  await expect(page.getByText('20 % of the time left')).toBeVisible();
  const ratings = [2, 1, 3, 2, 1, 2, 3, 2, 2, 1, 2, 1];
  await page.getByRole('tab', { name: 'Ratings' }).click();
  for (const [g, table] of ['Table 1', 'Table 2', 'Table 3', 'Table 4'].entries()) {
    // Each digit rates and moves down to the next theme.
    await page.getByRole('gridcell', { name: new RegExp(`^Effective communications, ${table}:`) }).click();
    for (let i = 0; i < 3; i++) await page.keyboard.press(String(ratings[i * 4 + g]));
  }
  await page.getByRole('tab', { name: 'Notes' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Communicate early — no surprises');
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Joint signatures on shared documents');
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByTestId('live-mode').scrollIntoViewIfNeeded();
  await page.screenshot({ path: out('workshop-live') });
  await page.keyboard.press('Alt+N');
  await at('11:23:00');
  await expect(page.getByText(/Overrun by/)).toBeVisible();
  // The projector is its own page (workshops-room.spec.ts takes its picture).

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('link', { name: 'Leave live mode' }).click();
  await page.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByTestId('spread-clear-vision')).toBeVisible();
  await page.screenshot({ path: out('workshop-review') });
});
