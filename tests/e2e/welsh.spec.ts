import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { processStart } from '../../electron/services/store/process-start';
import { expect, expectAccessible, test } from './fixtures';
import { builtInFrameworks } from '../../shared/frameworks';
import { builtInTemplates } from '../../shared/templates';
import { expectNoEnglish } from './helpers/english-check';

test.use({ firstRun: true });

// `SCREENSHOTS=1` writes the README's Welsh pictures; otherwise they go with the test results.
const shot = (page: Page, name: string) =>
  page.screenshot({
    path: process.env.SCREENSHOTS
      ? path.resolve(import.meta.dirname, '../../resources/screenshots', `${name}.png`)
      : test.info().outputPath(`${name}.png`),
  });

// Everything the person types; only these may stay in English (or any language) on Welsh screens.
const typed = [
  'Gareth Jones',
  'Cyngor Sir Ddinbych',
  'Cyngor Bwrdeistref Sirol Wrecsam',
  'Gweithdy Wrecsam',
  'Neuadd y Dref',
  'Priya Assessor',
];

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
  // By role: the welcome's name is required, and getByLabel reads the label's hidden " *" too
  // (exact 'Eich enw' then matches nothing); the accessible name leaves it out.
  await page.getByRole('textbox', { name: 'Eich enw', exact: true }).fill('Gareth Jones');
  await page.getByLabel('Rôl').selectOption('facilitator');
  await page.getByRole('button', { name: 'Dechrau gyda gweithle gwag' }).click();

  // The shell, in Welsh.
  await expect(page.getByRole('heading', { name: 'Dim achosion Gwobr GO eto' })).toBeVisible();
  await expectNoEnglish(page, typed);
  await expectAccessible(page);

  // Settings remember the language and say the Welsh awaits review.
  await page.getByRole('link', { name: 'Gosodiadau' }).click();
  await expect(page.getByLabel('Iaith y rhyngwyneb')).toHaveValue('cy');
  await expect(page.getByLabel('Eich enw', { exact: true })).toHaveValue('Gareth Jones');
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

/** Every string a person typed into the demo's records (not the framework's or templates' own words, which must be Welsh). */
async function typedInDemo(page: Page): Promise<string[]> {
  const domain = new Set<string>();
  const collect = (value: unknown, into: Set<string>) => {
    if (typeof value === 'string') into.add(value);
    else if (Array.isArray(value)) value.forEach((v) => collect(v, into));
    else if (value && typeof value === 'object') Object.values(value).forEach((v) => collect(v, into));
  };
  collect(builtInTemplates, domain);
  collect(builtInFrameworks, domain);
  const records = await page.evaluate(async () => {
    const api = (window as unknown as { api: Record<string, Record<string, (input?: unknown) => Promise<{ ok: boolean; data: unknown }>>> })
      .api;
    const out: unknown[] = [(await api.organisations.list()).data];
    for (const c of (await api.cases.list()).data as { id: string }[]) out.push((await api.cases.get({ id: c.id })).data);
    for (const w of (await api.workshops.list()).data as { id: string }[]) out.push((await api.workshops.get({ id: w.id })).data);
    return out;
  });
  const strings = new Set<string>();
  collect(records, strings);
  // Ids, dates and codes are not shown as typed; single words are too short to take out safely.
  return [...strings].filter((s) => !domain.has(s) && /\s/.test(s.trim()) && !/^[\d\-:T.Z]+$/.test(s));
}

test.describe('a Welsh day with the demo', () => {
  test.use({ firstRun: false });

  test('the visit questions, history, overview and projector have no English', async ({ casebook }) => {
    test.setTimeout(120_000);
    const { page } = casebook;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Interface language').selectOption('cy');
    await expect(page.getByText('Newidiwyd yr iaith')).toBeVisible();
    await page.getByRole('button', { name: 'Llwytho’r gweithle enghreifftiol' }).click();
    await expect(page.getByText(/Wedi llwytho’r gweithle enghreifftiol/)).toBeVisible();
    const typed = [
      ...(await typedInDemo(page)),
      'Demo Assessor',
      'Castlemere City Council',
      'Eastbridge District Council',
      'Harrowfield Metropolitan Borough Council',
      'Northvale Borough Council',
      'Skills for Life',
      'SfL',
    ];

    await page.getByRole('link', { name: 'Achosion' }).click();
    await page.getByRole('link', { name: 'Northvale Borough Council' }).click();
    await expect(page.getByText(/wedi’i gwblhau \d+ \p{L}+ \d{4}/u).first()).toBeVisible();
    await expectNoEnglish(page, typed);
    await page.getByRole('tab', { name: 'Hanes' }).click();
    await expect(page.getByRole('cell', { name: /Agorwyd achos ar gyfer Northvale Borough Council/ })).toBeVisible();
    await expectNoEnglish(page, typed);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Modd ymweliad safle' }).click();
    await expect(page.getByText('Pa adrannau a thimau sydd â staff yn dilyn dysgu Sgiliau am Oes ar hyn o bryd?')).toBeVisible();
    await expectNoEnglish(page, typed);
    await expectAccessible(page);
    await shot(page, 'welsh-site-visit');
    await page.getByRole('link', { name: 'Gadael y modd ymweliad safle' }).click();

    await page.getByRole('link', { name: 'Trosolwg' }).click();
    await expect(page.getByText('Cynllun gweithredu i’w gyflwyno').first()).toBeVisible();
    await expectNoEnglish(page, typed);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Gweithdai' }).click();
    await page
      .getByRole('link', { name: /Joint partnership forum/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Modd byw' }).click();
    await page.getByLabel('Cwestiynau procio ar y taflunydd').selectOption({ label: 'Symleiddio gwaith y fforwm' });
    await expectNoEnglish(page, typed);
    const [audience] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Agor ffenestr y taflunydd' }).click(),
    ]);
    await expect(audience.getByRole('heading', { name: 'Croeso, ymddiheuriadau a chofnodion y cyfarfod diwethaf' })).toBeVisible();
    await expect(audience.getByText('Symleiddio gwaith y fforwm')).toBeVisible();
    await expectNoEnglish(audience, typed);
    await expectAccessible(audience);
  });
});

test.describe('every screen in Welsh', () => {
  test.use({ firstRun: false });

  test('each screen of the side navigation, every case tab, a workshop’s pages and the cannot-open screens have no English and pass axe', async ({
    casebook,
  }) => {
    test.setTimeout(240_000);
    let page = casebook.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Interface language').selectOption('cy');
    await page.getByRole('button', { name: 'Llwytho’r gweithle enghreifftiol' }).click();
    await expect(page.getByText(/Wedi llwytho’r gweithle enghreifftiol/)).toBeVisible();
    // The demo's workshop titles are typed text, even where one is worded like a template's name.
    const typed = [
      ...(await typedInDemo(page)),
      'Demo Assessor',
      'Castlemere City Council',
      'Eastbridge District Council',
      'Harrowfield Metropolitan Borough Council',
      'Northvale Borough Council',
      'Skills for Life',
      'SfL',
      'Partnership health check',
    ];
    const check = async (name: string) => {
      await expectNoEnglish(page, typed);
      await expectAccessible(page);
      await shot(page, `welsh-${name}`);
    };

    for (const [link, heading] of [
      ['Achosion', 'Achosion'],
      ['Gweithdai', 'Gweithdai'],
      ['Camau gweithredu a materion', 'Camau gweithredu a materion'],
      ['Trosolwg', 'Trosolwg'],
      ['Sefydliadau', 'Sefydliadau'],
      ['Llyfrgell', 'Llyfrgell'],
      ['Dogfennau', 'Dogfennau'],
      ['Dilysu PDF', 'Dilysu PDF'],
      ['Gosodiadau', 'Gosodiadau'],
    ]) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
      await check(`nav-${link.split(' ')[0].toLowerCase()}`);
    }
    await page.getByRole('link', { name: 'Camau gweithredu a materion', exact: true }).click();
    await page.getByRole('tab', { name: 'Log materion' }).click();
    await check('issue-log');

    await page.getByRole('link', { name: 'Achosion', exact: true }).click();
    await page.getByRole('link', { name: 'Northvale Borough Council' }).click();
    for (const tab of ['Hysbysu', 'Cofrestru', 'Cynllun gweithredu', 'Asesiad', 'Argymhelliad', 'Hanes']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      await check(`case-${tab.split(' ')[0].toLowerCase()}`);
    }

    await page.getByRole('link', { name: 'Gweithdai', exact: true }).click();
    await page
      .getByRole('link', { name: /Partnership health check/ })
      .first()
      .click();
    await expect(page.getByRole('list', { name: 'Agenda' })).toBeVisible();
    await check('workshop-plan');
    await page.getByRole('link', { name: 'Adolygu' }).click();
    await check('workshop-review');

    // The cannot-open screens speak the profile's language: a lock held by Casebook on this computer…
    const lock = {
      pid: process.pid,
      host: os.hostname(),
      pidStart: await processStart(process.pid),
      startedAt: '2026-03-01T09:00:00.000Z',
      refreshedAt: '2026-03-01T09:05:00.000Z',
    };
    page = await casebook.restart(() => writeFile(path.join(casebook.workspaceDir, '.lock'), JSON.stringify(lock)));
    await expect(page.getByRole('heading', { name: 'Nid oedd modd i Casebook agor eich gweithle' })).toBeVisible();
    await expect(page.getByText('Mae Casebook eisoes ar agor ar y cyfrifiadur hwn')).toBeVisible();
    await check('cannot-open-locked');

    // …and a workspace from a newer Casebook, with its backups.
    const index = path.join(casebook.workspaceDir, 'casebook.json');
    const good = JSON.parse(await readFile(index, 'utf8')) as { profile: unknown };
    page = await casebook.restart(async () => {
      await rm(path.join(casebook.workspaceDir, '.lock'), { force: true });
      await writeFile(index, JSON.stringify({ schemaVersion: 99, profile: good.profile }));
    });
    await expect(page.getByRole('heading', { name: 'Nid oedd modd i Casebook agor eich gweithle' })).toBeVisible();
    await check('cannot-open-newer');
    await page.getByRole('button', { name: 'Adfer copi wrth gefn…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('cannot-open-restore');
  });
});
