import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readCrl } from '../../electron/services/signing/crl';
import { regionCrlDocId, REGION_DB } from '../../shared/sync/docs';
import { startCouch, type Couch } from '../unit/sync/couch-server';
import { openMember } from '../unit/sync/workspaces';
import { expect, expectAccessible, startBrowserHost, test } from './fixtures';
import { joinRegion, workspaceOf } from './helpers/region';

const shots = (name: string) => path.resolve(import.meta.dirname, '../../resources/screenshots', `${name}.png`);
let couch: Couch;
let fingerprint = '';
/** Cara's workspace (kept after the services close), where she revokes through the panel. */
let caraDir = '';
const CA_PASS = 'coordinator passphrase 1';

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
      passphrase: CA_PASS,
    });
    fingerprint = ca.certificate.fingerprint;
    caraDir = cara.workspaceDir;
    cara.saveTo(path.join(caraDir, 'priya.p12'));
    await cara.call('region:issue', {
      member: { name: 'Priya Shah', role: 'Peer assessor', organisation: 'North', email: 'priya@example.org' },
      p12Passphrase: 'priya passphrase',
      caPassphrase: CA_PASS,
    });
    await cara.call('region:publish', { caPassphrase: CA_PASS });
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

test('the coordinator revokes while the CA is offered: the dialog asks for the CA passphrase, and the new list is in the region at once', async ({
  context,
}) => {
  // The test host keeps region passwords in a plain file beside the workspace (test host only).
  await writeFile(
    path.join(path.dirname(caraDir), `${path.basename(caraDir)}.test-host-secrets.json`),
    JSON.stringify({ [`${caraDir}\n${couch.url}\ncara`]: 'cara-password' }),
  );
  const host = await startBrowserHost(caraDir, () => context.newPage());
  try {
    const page = host.page;
    await page.getByRole('link', { name: 'Settings' }).click();
    // In Welsh first: the dialog's picture, and no English in it.
    await page.getByLabel('Interface language').selectOption('cy');
    const panelCy = page.getByRole('region', { name: 'Awdurdod tystysgrifau rhanbarthol' });
    await panelCy.getByRole('button', { name: 'Dirymu tystysgrif Priya Shah' }).click();
    const dialogCy = page.getByRole('dialog', { name: 'Dirymu tystysgrif Priya Shah' });
    await expect(dialogCy).toContainText('Ni ellir dadwneud dirymiad.');
    await expect(dialogCy).not.toContainText(/Revoke|passphrase|region/);
    await closeToasts(page);
    if (process.env.SCREENSHOTS) await dialogCy.screenshot({ path: shots('region-revoke-dialog-cy') });
    await dialogCy.getByRole('button', { name: 'Cau' }).click();
    await page.getByLabel('Iaith y rhyngwyneb').selectOption('en-GB');

    const panel = page.getByRole('region', { name: 'Regional certificate authority' });
    await expect(panel).toContainText('This CA is offered to the region');
    const row = panel.getByRole('row', { name: /Priya Shah/ });
    await panel.getByRole('button', { name: 'Revoke Priya Shah' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke Priya Shah’s certificate' });
    await expect(dialog).toContainText('A revocation cannot be undone.');
    await expectAccessible(page);
    // A wrong passphrase: said in the dialog, and nothing is revoked.
    await dialog.getByLabel('CA passphrase').fill('not the CA passphrase');
    await dialog.getByRole('button', { name: 'Revoke and send to the region' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Nothing was revoked');
    await expect(row).toContainText('Active');
    await closeToasts(page);
    if (process.env.SCREENSHOTS) await dialog.screenshot({ path: shots('region-revoke-dialog') });

    await dialog.getByLabel('CA passphrase').fill(CA_PASS);
    await dialog.getByRole('button', { name: 'Revoke and send to the region' }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await expect(row).toContainText('Revoked');
    // The server holds the new list (number 2: the offer signed the first), without any export.
    const crl = (await fetch(`${couch.url}/${REGION_DB}/${encodeURIComponent(regionCrlDocId(fingerprint))}`, {
      headers: { authorization: `Basic ${Buffer.from('cara:cara-password').toString('base64')}` },
    }).then((r) => r.json())) as { body: { der: string } };
    expect(readCrl(Buffer.from(crl.body.der, 'base64'))?.number).toBe(2);
  } finally {
    await host.kill();
  }
});
