import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startCouch, type Couch } from '../unit/sync/couch-server';
import { expect, expectAccessible, skipWelcome, startBrowserHost, test } from './fixtures';

const shots = (name: string) => path.resolve(import.meta.dirname, '../../resources/screenshots', `${name}.png`);
let couch: Couch;

test.beforeAll(async () => {
  // A real CouchDB-protocol server on loopback (express-pouchdb), as in the sync unit tests.
  couch = await startCouch();
  await couch.setup({
    users: [
      { name: 'hana', password: 'hana-password' },
      { name: 'ifor', password: 'ifor-password' },
    ],
  });
});
test.afterAll(async () => {
  await couch.stop();
});

/** Settings → Region, as the person fills it in. */
async function join(page: Page, user: string, password: string) {
  await page.getByRole('link', { name: 'Settings' }).click();
  const region = page.getByRole('region', { name: 'Region', exact: true });
  await region.getByLabel('Server address').fill(couch.url);
  await region.getByLabel('Your user name on the region’s server').fill(user);
  await region.getByRole('textbox', { name: 'Password' }).fill(password);
  return region;
}

test('join a region, share a workshop, and see it in a second workspace’s overview', async ({ casebook, context }) => {
  test.setTimeout(120_000);
  const { page } = casebook;
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(page.getByText('Showing 4 of 4 cases')).toBeVisible();

  // Each failure says what is wrong; a wrong password, then an address that is not CouchDB.
  let region = await join(page, 'hana', 'not-her-password');
  await region.getByRole('button', { name: 'Test connection' }).click();
  await expect(region.getByRole('alert')).toContainText('did not accept that user name and password');
  await region.getByLabel('Server address').fill('http://example.org');
  await region.getByRole('button', { name: 'Test connection' }).click();
  await expect(region.getByRole('alert')).toContainText('Use an https:// address');
  region = await join(page, 'hana', 'hana-password');
  await region.getByRole('button', { name: 'Test connection' }).click();
  await expect(region.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await expectAccessible(page);
  if (process.env.SCREENSHOTS) await region.screenshot({ path: shots('region-settings') });
  await region.getByRole('button', { name: 'Join the region' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Region: up to date' })).toBeVisible();

  // A new sync state (here: Sync now in the header) and the region settings read again leave an
  // edit not yet saved as it is.
  const userName = region.getByLabel('Your user name on the region’s server');
  await userName.fill('hana-typing');
  const answered = page.waitForResponse((response) => decodeURIComponent(response.url()).endsWith('/__host/call/sync:syncNow'));
  await page.getByRole('button', { name: /Sync now/ }).click();
  await answered;
  await expect(page.getByRole('status').filter({ hasText: 'Region: up to date' })).toBeVisible();
  await expect(userName).toHaveValue('hana-typing');
  await userName.fill('hana');

  // Share one workshop: only it leaves this computer.
  await page.getByRole('link', { name: 'Workshops' }).click();
  const firstWorkshop = page.getByRole('table').getByRole('link').first();
  const title = (await firstWorkshop.textContent())!.trim();
  await firstWorkshop.click();
  await page.getByRole('button', { name: 'Share with the region' }).click();
  await expect(page.getByText(/Shared with the region · last synced/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Region: up to date' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('region', { name: 'Region', exact: true })).toContainText(
    'Shared with the region — cases: 0, workshops: 1, library case studies: 0.',
  );

  // A second workspace (another person's computer) joins and sees it in its regional overview.
  const secondDir = await mkdtemp(path.join(os.tmpdir(), 'casebook-e2e-'));
  await skipWelcome(secondDir);
  const second = await startBrowserHost(secondDir, () => context.newPage());
  try {
    const other = second.page;
    const theirs = await join(other, 'ifor', 'ifor-password');
    await theirs.getByRole('button', { name: 'Join the region' }).click();
    await expect(other.getByRole('status').filter({ hasText: 'Region: up to date' })).toBeVisible({ timeout: 20_000 });
    await other.getByRole('link', { name: 'Overview' }).click();
    const fromRegion = other.getByRole('region', { name: 'From the region' });
    const workshops = fromRegion.getByRole('table', { name: 'Shared workshops' });
    await expect(workshops.getByRole('cell', { name: title, exact: true })).toBeVisible();
    await expectAccessible(other);
    if (process.env.SCREENSHOTS) await other.screenshot({ path: shots('region-overview'), fullPage: true });
  } finally {
    await second.stop();
    await rm(secondDir, { recursive: true, force: true });
  }
});
