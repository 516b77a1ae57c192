import path from 'node:path';
import type { Page } from '@playwright/test';
import { startCouch, type Couch } from '../unit/sync/couch-server';
import { openMember } from '../unit/sync/workspaces';
import { expect, expectAccessible, startBrowserHost, test } from './fixtures';
import { joinRegion, workspaceOf } from './helpers/region';

const shots = (name: string) => path.resolve(import.meta.dirname, '../../resources/screenshots', `${name}.png`);
let couch: Couch;
let fingerprint = '';

test.beforeAll(async () => {
  // A real CouchDB-protocol server on loopback; Cara (a coordinator) prepares the region through
  // the real services: her CA offered to the region, and a case study shared with it.
  couch = await startCouch();
  await couch.setup({
    users: ['cara', 'ifor'].map((name) => ({ name, password: `${name}-password` })),
    coordinators: ['cara'],
  });
  const cara = await openMember(couch, 'cara', 'cara-password', 'Cara Jones');
  try {
    const ca = await cara.call('region:create', {
      name: 'Rhanbarth y Gogledd CA',
      organisation: 'North',
      passphrase: 'coordinator passphrase 1',
    });
    fingerprint = ca.certificate.fingerprint;
    await cara.call('region:publish', { caPassphrase: 'coordinator passphrase 1' });
    const study = await cara.call('library:create', {
      title: 'Fforwm staff ar y cyd — joint staff forum',
      organisationId: null,
      theme: 'Partnership working',
      summary: 'Managers and union reps met monthly and agreed the learning plan together.',
      whatWorked: 'Paid time for reps',
      barriers: 'Shift patterns',
      contactRole: 'HR lead',
    });
    await cara.call('sync:share', { kind: 'casestudy', id: study.id });
    await cara.sync.syncNow();
  } finally {
    await cara.close();
  }
});
test.afterAll(async () => {
  await couch.stop();
});

/** Toasts from earlier steps (some in the other language) would cover the picture. */
async function closeToasts(page: Page) {
  // Only the pictures need them gone; a toast can still arrive (a sync round ends), so close and
  // look again until none is left.
  if (!process.env.SCREENSHOTS) return;
  await expect(async () => {
    for (const button of await page.locator('.mantine-Notification-closeButton').all())
      await button.click({ timeout: 1_000 }).catch(() => undefined);
    await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

/** The same screen in Welsh (Settings → Iaith y rhyngwyneb and back), then English again. */
async function welshShot(page: Page, name: string, check: (page: Page) => Promise<void>, section?: string) {
  for (const [settings, label, language] of [
    ['Settings', 'Interface language', 'cy'],
    ['Gosodiadau', 'Iaith y rhyngwyneb', 'en-GB'],
  ] as const) {
    const back = page.url();
    await page.getByRole('link', { name: settings, exact: true }).click();
    await page.getByLabel(label).selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    if (page.url() !== back) await page.goBack();
    if (language === 'cy') {
      await check(page);
      await closeToasts(page);
      if (process.env.SCREENSHOTS)
        await (section
          ? page.getByRole('region', { name: section }).screenshot({ path: shots(name) })
          : page.screenshot({ path: shots(name), fullPage: true }));
    }
  }
}

test('a member sees the regional CA offered, compares its fingerprint, trusts it; the region’s case study is in the library', async ({
  context,
}) => {
  const dir = await workspaceOf('Ifor Pugh');
  const host = await startBrowserHost(dir, () => context.newPage());
  try {
    const page = host.page;
    await joinRegion(page, couch.url, 'ifor');
    const offered = page.getByRole('region', { name: 'Offered by your region' });
    const card = offered.getByRole('article', { name: 'Certificate authority Rhanbarth y Gogledd CA' });
    await expect(card).toContainText(fingerprint);
    await expect(card).toContainText('Offered by Cara Jones');
    // Not trusted by arriving: the known signers list is still empty.
    await expect(page.getByRole('region', { name: 'Known signers' })).not.toContainText('Rhanbarth y Gogledd CA');
    await expectAccessible(page);
    // Settings is long: the picture is of the section this adds.
    await closeToasts(page);
    if (process.env.SCREENSHOTS) await offered.screenshot({ path: shots('region-ca-offered') });
    await welshShot(
      page,
      'region-ca-offered-cy',
      async (p) => {
        await expect(p.getByRole('button', { name: 'Ymddiried yn Rhanbarth y Gogledd CA' })).toBeVisible();
      },
      'Wedi’i chynnig gan eich rhanbarth',
    );

    await card.getByRole('button', { name: 'Trust Rhanbarth y Gogledd CA' }).click();
    await expect(page.getByRole('region', { name: 'Known signers' })).toContainText('Rhanbarth y Gogledd CA');
    await expect(offered.getByRole('status').filter({ hasText: /Revocation list 1 of Rhanbarth y Gogledd CA/ })).toBeVisible({
      timeout: 20_000,
    });

    await page.getByRole('link', { name: 'Library' }).click();
    const study = page.getByRole('article', { name: 'Fforwm staff ar y cyd — joint staff forum' });
    await expect(study).toContainText('From the region · shared by Cara Jones');
    await expectAccessible(page);
    await closeToasts(page);
    if (process.env.SCREENSHOTS) await page.screenshot({ path: shots('region-library'), fullPage: true });
    await welshShot(page, 'region-library-cy', async (p) => {
      await expect(p.getByText('O’r rhanbarth · rhannwyd gan Cara Jones')).toBeVisible();
    });
  } finally {
    await host.kill();
  }
});
