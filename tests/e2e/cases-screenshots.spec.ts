import path from 'node:path';
import { expect, test } from './fixtures';

// `SCREENSHOTS=1 npx playwright test -c tests/e2e/playwright.config.ts cases-screenshots` refreshes them.
test.skip(!process.env.SCREENSHOTS, 'only when refreshing README screenshots');

const out = (name: string) => path.resolve(import.meta.dirname, '../../resources/screenshots', `${name}.png`);

test('cases screens', async ({ casebook }) => {
  const { page } = casebook;
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(page.getByText('Showing 4 of 4 cases')).toBeVisible();
  await expect(page.getByText(/Demo workspace loaded/)).toBeHidden();
  await page.screenshot({ path: out('cases-list') });
  await page.getByRole('link', { name: 'Northvale Borough Council' }).click();
  await expect(page.getByRole('heading', { name: 'Stage 4 — Assessment' })).toBeVisible();
  await page.screenshot({ path: out('case-assessment') });
  for (const [tab, name] of [
    ['Notify', 'case-notify'],
    ['Sign up', 'case-sign-up'],
    ['Action plan', 'case-action-plan'],
    ['Recommendation', 'case-recommendation'],
    ['History', 'case-history'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await page.screenshot({ path: out(name), fullPage: name === 'case-action-plan' });
  }
  await page.getByRole('link', { name: 'Site-visit mode' }).click();
  // The screen loads on first visit; its shortcuts exist once it is there.
  await expect(page.getByRole('region', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Alt+Digit2');
  await page.keyboard.press('Alt+KeyN');
  await page.getByLabel('Interviewee name').fill('Nadia Brook');
  await page
    .getByLabel('Interview notes', { exact: true })
    .fill('Line manager in catering. Releases two staff a week for numeracy; cover is funded centrally.');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('Saved');
  await page.screenshot({ path: out('site-visit') });
  await page.getByRole('link', { name: 'Leave site-visit mode' }).click();
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await page.getByRole('link', { name: 'Harrowfield Metropolitan Borough Council' }).click();
  await page.screenshot({ path: out('case-overdue') });
});
