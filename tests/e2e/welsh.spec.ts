import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { expectNoEnglish } from './helpers/english-check';

test.use({ firstRun: true });

// `SCREENSHOTS=1` writes the README's Welsh pictures; otherwise they go with the test results.
const shot = (page: Page, name: string) =>
  page.screenshot({
    path: process.env.SCREENSHOTS ? path.resolve(import.meta.dirname, '../../resources/screenshots', `${name}.png`) : test.info().outputPath(`${name}.png`),
  });

// Everything the person types; only these may stay in English (or any language) on Welsh screens.
const typed = ['Gareth Jones', 'Cyngor Sir Ddinbych', 'Cyngor Bwrdeistref Sirol Wrecsam', 'Gweithdy Wrecsam', 'Neuadd y Dref', 'Priya Assessor'];

test('a Welsh speaker chooses Cymraeg on first run and walks the shell, a case and live mode in Welsh', async ({ casebook }) => {
  test.setTimeout(240_000);
  const { page } = casebook;
  const at = (time: string) => page.clock.setFixedTime(new Date(`2026-03-16T${time}`));
  await at('09:59:00');
  await page.reload();

  // First run: the welcome asks for the language first, then who you are.
  await expect(page.getByRole('heading', { name: 'Welcome to Casebook' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await page.getByLabel('Language · Iaith').selectOption('cy');
  await expect(page.getByRole('heading', { name: 'Croeso i Casebook' })).toBeVisible();
  await expectNoEnglish(page, typed);
  await expectAccessible(page);
  await shot(page, 'welsh-welcome');
  // A missing name is said clearly, in Welsh, and nothing typed is lost.
  await page.getByLabel('Sefydliad').fill('Cyngor Sir Ddinbych');
  await page.getByRole('button', { name: 'Dechrau gyda gweithle gwag' }).click();
  await expect(page.getByText('Rhowch eich enw fel bod eich newidiadau a’ch llofnodion yn ei gario')).toBeVisible();
  await expect(page.getByLabel('Sefydliad')).toHaveValue('Cyngor Sir Ddinbych');
  await page.getByLabel('Eich enw').fill('Gareth Jones');
  await page.getByLabel('Rôl').selectOption('facilitator');
  await page.getByRole('button', { name: 'Dechrau gyda gweithle gwag' }).click();

  // The shell, in Welsh.
  await expect(page.getByRole('heading', { name: 'Dim achosion Gwobr GO eto' })).toBeVisible();
  await expectNoEnglish(page, typed);
  await expectAccessible(page);

  // Settings remember the language and say the Welsh awaits review.
  await page.getByRole('link', { name: 'Gosodiadau' }).click();
  await expect(page.getByLabel('Iaith y rhyngwyneb')).toHaveValue('cy');
  await expect(page.getByLabel('Eich enw')).toHaveValue('Gareth Jones');
  await expect(page.getByText('siaradwr Cymraeg iaith gyntaf')).toBeVisible();
  await expectAccessible(page);

  // An authority, then its case.
  await page.getByRole('link', { name: 'Sefydliadau' }).click();
  await page.getByRole('button', { name: 'Ychwanegu sefydliad' }).click();
  const orgDialog = page.getByRole('dialog', { name: 'Ychwanegu sefydliad' });
  await orgDialog.getByLabel('Enw', { exact: false }).first().fill('Cyngor Bwrdeistref Sirol Wrecsam');
  await orgDialog.getByLabel('Rhanbarth').selectOption('Wales');
  await orgDialog.getByRole('button', { name: 'Cadw' }).click();
  await expect(orgDialog).toBeHidden();
  await expectNoEnglish(page, typed);

  await page.getByRole('link', { name: 'Achosion' }).click();
  await page.getByRole('button', { name: 'Achos newydd' }).click();
  const caseDialog = page.getByRole('dialog', { name: 'Achos Gwobr GO newydd' });
  await caseDialog.getByLabel('Aseswr arweiniol').fill('Priya Assessor');
  await caseDialog.getByRole('button', { name: 'Dechrau achos' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cyngor Bwrdeistref Sirol Wrecsam' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cyfnod 1 — Hysbysu' })).toBeVisible();
  await expectNoEnglish(page, typed);
  await expectAccessible(page);
  for (const tab of ['Cofrestru', 'Cynllun gweithredu', 'Asesiad']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expectNoEnglish(page, typed);
    await expectAccessible(page);
  }
  // The framework itself reads in Welsh.
  await expect(page.getByText('Dull sy’n cwmpasu’r sefydliad cyfan').first()).toBeVisible();
  await shot(page, 'welsh-case-assessment');

  // A workshop from a built-in template, run live.
  await page.getByRole('link', { name: 'Gweithdai' }).click();
  await page.getByRole('button', { name: 'Gweithdy newydd' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gweithdy newydd' });
  await expect(dialog.getByLabel('Templed')).toHaveValue('what-good-looks-like');
  await expect(dialog.getByLabel('Templed')).toContainText('Sut olwg sydd ar bartneriaeth dda?');
  await dialog.getByLabel('Teitl').fill('Gweithdy Wrecsam');
  await dialog.getByLabel('Dyddiad').fill('2026-03-16');
  await dialog.getByLabel('Amser dechrau').fill('10:00');
  await dialog.getByLabel('Lleoliad').fill('Neuadd y Dref');
  await dialog.getByRole('button', { name: 'Creu’r gweithdy' }).click();
  await expect(page.getByRole('heading', { name: 'Gweithdy Wrecsam' })).toBeVisible();
  await expectNoEnglish(page, typed);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Modd byw' }).click();
  await expect(page.getByTestId('countdown')).toHaveText('10:00');
  await at('10:00:00');
  await page.getByRole('button', { name: 'Dechrau' }).click();
  await at('10:08:00');
  await expect(page.getByText('20 % o’r amser ar ôl')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Croeso a chyflwyniadau' })).toBeVisible();
  await expectNoEnglish(page, typed);
  await expectAccessible(page);
  await shot(page, 'welsh-live');

});

test.describe('switching in Settings', () => {
  test.use({ firstRun: false });

  test('takes effect at once, without a restart, and is still Welsh after one', async ({ casebook }) => {
    let page = casebook.page;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Interface language').selectOption('cy');
    await expect(page.getByRole('heading', { name: 'Gosodiadau' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Achosion' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    page = await casebook.restart();
    await expect(page.getByRole('link', { name: 'Achosion' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await page.getByRole('link', { name: 'Gosodiadau' }).click();
    await page.getByLabel('Iaith y rhyngwyneb').selectOption('en-GB');
    await expect(page.getByRole('link', { name: 'Cases' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  });
});
