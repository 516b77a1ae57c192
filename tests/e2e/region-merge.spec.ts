import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { startCouch, type Couch } from '../unit/sync/couch-server';
import { expect, expectAccessible, startBrowserHost, test } from './fixtures';
import { joinRegion, regionState, workspaceOf } from './helpers/region';

const shots = (name: string) => path.resolve(import.meta.dirname, '../../resources/screenshots', `${name}.png`);
let couch: Couch;
const users = [
  { name: 'hana', password: 'hana-password' },
  { name: 'ifor', password: 'ifor-password' },
];

test.beforeAll(async () => {
  // A real CouchDB-protocol server on loopback (express-pouchdb), as in the sync unit tests.
  couch = await startCouch();
  await couch.setup({ users });
});
test.afterAll(async () => {
  await couch.stop();
});

/** Settings → Region, as the person fills it in, then Join. */
const saved = (page: Page) =>
  expect(
    page
      .getByRole('banner')
      .getByRole('status')
      .filter({ hasText: /^Saved$/ }),
  ).toBeVisible();

/** Moves the focus with Tab only, until `target` has it (a bounded number of presses). */
/** For the README: the same screen in Welsh (Settings → Iaith y rhyngwyneb and back), then English again. */
async function welshShot(page: Page, name: string) {
  if (!process.env.SCREENSHOTS) return;
  for (const [settings, label, language] of [
    ['Settings', 'Interface language', 'cy'],
    ['Gosodiadau', 'Iaith y rhyngwyneb', 'en-GB'],
  ] as const) {
    await page.getByRole('link', { name: settings, exact: true }).click();
    await page.getByLabel(label).selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.goBack();
    if (language === 'cy') {
      await expect(page.getByRole('link', { name: 'Gosodiadau', exact: true })).toBeVisible();
      await page.screenshot({ path: shots(name), fullPage: true });
    }
  }
}

async function tabTo(page: Page, target: Locator, most = 40) {
  const seen: string[] = [];
  for (let i = 0; i < most; i++) {
    // Asked afresh each time (a re-render may replace the element the locator found before).
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) return;
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.getAttribute('value') ?? ''}`));
  }
  await expect(target, `focus went through: ${seen.join(' | ')}`).toBeFocused();
}

/** Both assessors change C1's rationale and judgement with the server down (their own words). */
async function editOffline(page: Page, rationale: string, judgement: string) {
  await page.getByRole('tab', { name: 'Assessment' }).click();
  await page.getByLabel('C1 rationale').fill(rationale);
  await page.getByLabel('C1 judgement').selectOption(judgement);
  await saved(page);
  await expect(regionState(page, /Region: offline since/)).toBeVisible({ timeout: 20_000 });
}

test('two assessors join one case, change the same text offline, and merge it by keyboard', async ({ casebook, context }) => {
  test.setTimeout(90_000);
  const hana = casebook.page;
  await hana.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(hana.getByText('Showing 4 of 4 cases')).toBeVisible();
  await hana.getByRole('link', { name: 'Settings' }).click();
  await hana.getByLabel('Your name').fill('Hana Hughes');
  await hana.getByRole('region', { name: 'Your profile' }).getByRole('button', { name: 'Save' }).click();
  await expect(hana.getByText('Profile saved')).toBeVisible();
  await joinRegion(hana, couch.url, 'hana');

  // Hana shares a case; the region coordinator has set up its database with both as its assessors.
  await hana.getByRole('link', { name: 'Cases' }).click();
  const first = hana.getByRole('table').getByRole('link').first();
  const organisation = (await first.textContent())!.trim();
  await first.click();
  await expect(hana.getByRole('heading', { name: organisation })).toBeVisible();
  const caseId = decodeURIComponent(hana.url().split('/cases/')[1]!.split(/[/?#]/)[0]!);
  await couch.setup({ users, cases: [{ id: caseId, assessors: ['hana', 'ifor'] }] });
  await hana.getByRole('button', { name: 'Share with the region' }).click();
  await expect(hana.getByText(/Shared with the region · last synced/)).toBeVisible({ timeout: 20_000 });

  // Ifor, on his own computer, finds it under Cases → Cases shared with you and joins it.
  const iforDir = await workspaceOf('Ifor Pugh');
  const second = await startBrowserHost(iforDir, () => context.newPage());
  try {
    const ifor = second.page;
    await joinRegion(ifor, couch.url, 'ifor');
    await ifor.getByRole('link', { name: 'Cases' }).click();
    await ifor.getByRole('link', { name: 'Cases shared with you' }).click();
    const shared = ifor.getByRole('table', { name: 'Shared cases you can join' });
    await expect(shared.getByRole('row', { name: new RegExp(organisation) })).toContainText('Hana Hughes');
    await expectAccessible(ifor);
    if (process.env.SCREENSHOTS) await ifor.screenshot({ path: shots('region-join'), fullPage: true });
    await welshShot(ifor, 'region-join-cy');
    await shared.getByRole('button', { name: `Join the case of ${organisation}` }).click();
    await expect(ifor.getByRole('heading', { name: organisation })).toBeVisible();
    await expect(ifor.getByText(/Shared with the region · last synced/)).toBeVisible();

    // The server goes down; both change C1's rationale and judgement, each their own way (two
    // judgements other than the one the case has, so both really change it).
    await ifor.getByRole('tab', { name: 'Assessment' }).click();
    const before = await ifor.getByLabel('C1 judgement').inputValue();
    const [hanas, ifors] = ['met', 'partly_met', 'not_yet_met'].filter((j) => j !== before) as [string, string];
    const words: Record<string, string> = { met: 'Met', partly_met: 'Partly met', not_yet_met: 'Not yet met' };
    await couch.stop();
    await editOffline(hana, 'Hana: the learning plan is on the intranet.', hanas);
    await editOffline(ifor, 'Ifor: union reps have not seen the plan.', ifors);
    await couch.start();
    await hana.getByRole('button', { name: /Sync now/ }).click();
    await expect(regionState(hana, 'Region: up to date')).toBeVisible({ timeout: 20_000 });
    await ifor.getByRole('button', { name: /Sync now/ }).click();

    // Ifor's sync finds both changed the same text and the same decision: neither is merged for him.
    const toMerge = ifor.getByRole('link', { name: '1 to merge' });
    await expect(toMerge).toBeVisible({ timeout: 20_000 });
    await expect(ifor.getByLabel('C1 judgement')).toHaveValue(ifors);
    await expect(ifor.getByLabel('C1 rationale')).toHaveValue('Ifor: union reps have not seen the plan.');

    // The merge screen, by keyboard only.
    await toMerge.press('Enter');
    const card = ifor.getByRole('region', { name: organisation });
    // Ifor is told who else changed it (CouchDB's winning revision may be either's).
    await expect(card.getByText('You and Hana Hughes changed the same thing while offline.', { exact: false })).toBeVisible();
    const rationale = card.getByRole('radiogroup', { name: /rationale/i });
    const judgement = card.getByRole('radiogroup', { name: /judgement/i });
    await expect(judgement).toContainText(words[hanas]!);
    await expect(judgement).toContainText(words[ifors]!);
    await expect(card.getByText('A decision: choose one version.')).toBeVisible();
    await expectAccessible(ifor);
    if (process.env.SCREENSHOTS) await ifor.screenshot({ path: shots('region-merge'), fullPage: true });
    await welshShot(ifor, 'region-merge-cy');

    // The decision first (it comes first on the screen): Hana's judgement; then the text, combined.
    // Nothing is preselected (the server's winning revision is nobody's choice): Tab lands on the
    // first version; which one that is depends on CouchDB's winning revision.
    await expect(card.getByRole('radio', { checked: true })).toHaveCount(0);
    await tabTo(ifor, judgement.getByRole('radio').first());
    await ifor.keyboard.press('Space');
    const hanasVersion = judgement.getByRole('radio', { name: 'Keep the version by Hana Hughes' });
    if (!(await hanasVersion.isChecked())) await ifor.keyboard.press('ArrowDown');
    await expect(judgement.getByRole('radio', { name: 'Keep the version by Hana Hughes' })).toBeChecked();
    await tabTo(ifor, rationale.getByRole('radio').first());
    await ifor.keyboard.press('ArrowDown');
    await ifor.keyboard.press('ArrowDown');
    await expect(rationale.getByRole('radio', { name: 'Combine' })).toBeChecked();
    const combined = 'The learning plan is on the intranet; union reps have not seen it yet.';
    const box = card.getByLabel('Combined text');
    await tabTo(ifor, box, 3);
    await ifor.keyboard.press('ControlOrMeta+a');
    await ifor.keyboard.type(combined);
    await tabTo(ifor, card.getByRole('button', { name: 'Save the merge' }));
    await ifor.keyboard.press('Enter');
    await expect(ifor.getByText('Nothing waits to be merged.')).toBeVisible({ timeout: 20_000 });

    // After a sync both show the same text and Hana's judgement; the journal names both authors.
    const synced = hana.waitForResponse((response) => decodeURIComponent(response.url()).endsWith('/__host/call/sync:syncNow'));
    await hana.getByRole('button', { name: /Sync now/ }).click();
    await synced;
    await expect(regionState(hana, 'Region: up to date')).toBeVisible({ timeout: 20_000 });
    // Hana's open case screen shows the merge the round brought in, without being opened again.
    await expect(hana.getByLabel('C1 rationale')).toHaveValue(combined);
    await expect(hana.getByLabel('C1 judgement')).toHaveValue(hanas);
    await ifor.goBack();
    for (const page of [hana, ifor]) {
      await page.getByRole('tab', { name: 'History' }).click();
      const line = page.getByText(/Merged the changes of/).first();
      await expect(line).toContainText('Hana Hughes');
      await expect(line).toContainText('Ifor Pugh');
      await page.getByRole('tab', { name: 'Assessment' }).click();
      await expect(page.getByLabel('C1 rationale')).toHaveValue(combined);
      await expect(page.getByLabel('C1 judgement')).toHaveValue(hanas);
    }
  } finally {
    await second.stop();
    await rm(iforDir, { recursive: true, force: true });
  }
});
