import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { processStart } from '../../electron/services/store/process-start';
import { expect, expectAccessible, test } from './fixtures';
import { newWorkshop } from './workshop-helpers';

// Issue 23's "small things seen on every day", each as the person meets it.
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`) });

/** Nothing typed is cut off: the box is as wide as its text (or wraps it). */
async function expectWhole(box: Locator) {
  const { scroll, client } = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

test.describe('at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('agenda cards are compact, their details open on request and say what they hold', async ({ casebook }) => {
    const { page } = casebook;
    await newWorkshop(page);
    const agenda = page.getByRole('list', { name: 'Agenda' });
    await expect(agenda.getByRole('listitem')).toHaveCount(6);
    // Six items used to take ≈ 1,560 px (260 px each); one line of fields each now (≈ 124 px).
    const height = (await agenda.boundingBox())!.height;
    expect(height).toBeLessThan(6 * 130);
    await shot(page, 'agenda-compact');

    const more = page.getByRole('button', { name: 'More details for Welcome and introductions' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.click();
    await page.getByRole('textbox', { name: 'Lead' }).fill('Regional facilitator');
    await page.getByRole('textbox', { name: 'Lead' }).press('Tab');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Fewer details for Welcome and introductions' }).click();
    await expect(page.getByRole('textbox', { name: 'Lead' })).toHaveCount(0);
    await expect(agenda.getByRole('listitem').first()).toContainText('Lead: Regional facilitator');
  });

  test('interview name and role keep all that was typed in site-visit mode', async ({ casebook }) => {
    const { page } = casebook;
    await page.getByRole('button', { name: 'Load demo workspace' }).click();
    await page.getByRole('link', { name: 'Northvale Borough Council' }).click();
    await page.getByRole('link', { name: 'Site-visit mode' }).click();
    await expect(page.getByLabel('C1 judgement')).toBeFocused();
    await page.keyboard.press('Alt+KeyN');
    const name = page.getByRole('textbox', { name: 'Interviewee name' });
    await expect(name).toBeFocused();
    const who = 'Councillor Bethan Llewelyn-Pritchard-Rhys';
    const role = 'Head of Organisational Development and Workforce Strategy (interim)';
    await name.fill(who);
    // Enter adds no line: a name stays one line.
    await name.press('Enter');
    await page.getByRole('textbox', { name: 'Interviewee role' }).fill(role);
    await expect(name).toHaveValue(who);
    await expect(page.getByRole('textbox', { name: 'Interviewee role' })).toHaveValue(role);
    await expectWhole(name);
    await expectWhole(page.getByRole('textbox', { name: 'Interviewee role' }));
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('Saved');
    await shot(page, 'interview-long-name');
  });
});

test('live mode: where an issue really goes, Undo whole, and one clear heading once every item is done', async ({ casebook }) => {
  test.setTimeout(90_000);
  const { page } = casebook;
  await newWorkshop(page);
  await page.getByRole('link', { name: 'Live mode' }).click();

  await page.getByRole('tab', { name: 'Issues' }).click();
  await page.getByRole('textbox', { name: 'Issue', exact: true }).fill('Rota changes at the depot');
  await page.getByRole('button', { name: 'Add issue' }).click();
  // This workshop has no partnership organisation: the issue stays on it.
  await expect(
    page.getByRole('status').filter({ hasText: 'It is not in the issue log, because the workshop has no partnership organisation.' }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Issue', exact: true }).fill('A grievance about one person’s hours');
  await page.getByRole('checkbox', { name: 'This is an individual contractual dispute' }).check();
  await page.getByRole('button', { name: 'Add issue' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Kept on this workshop as a note for union casework. It is not added to the issue log.' }),
  ).toBeVisible();
  await expect(page.getByText('goes to that organisation’s issue log')).toHaveCount(0);

  // Undo is never clipped ("Und"), however long the notice.
  await page.getByRole('button', { name: 'Remove: A grievance about one person’s hours' }).click();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeVisible();
  await expectWhole(undo);
  await expect(undo).toHaveText('Undo');
  await page.keyboard.press('Escape');

  // An action's due date: typed day first, Tab leaves the box (not onto its clear button), shown as a date, not ISO.
  await page.getByRole('tab', { name: 'Actions' }).click();
  await page.getByRole('textbox', { name: 'Action', exact: true }).fill('Circulate papers ten days ahead');
  const due = page.getByRole('textbox', { name: 'Due date' });
  await due.fill('20/03/2026');
  await due.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Status' })).toBeFocused();
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByTestId('live-mode')).toContainText('20 Mar 2026');
  expect(await page.getByTestId('live-mode').innerText()).not.toMatch(/\d{4}-\d\d-\d\d/);

  await page.getByRole('button', { name: 'Start' }).click();
  const [audience] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Open projector window' }).click(),
  ]);
  for (let i = 0; i < 6; i += 1) await page.getByRole('button', { name: 'Next item' }).click();

  const live = page.getByTestId('live-mode');
  await expect(live.getByRole('heading', { name: 'All items done' })).toBeVisible();
  await expect(audience.getByRole('heading', { name: 'All items done' })).toBeVisible();
  for (const view of [live, audience.locator('body')]) {
    // No empty heading, and no dash where the countdown was (the "white bar").
    for (const heading of await view.getByRole('heading').all()) expect((await heading.innerText()).trim()).not.toBe('');
    await expect(view.getByText('—', { exact: true })).toHaveCount(0);
  }
  await expect(page.getByTestId('countdown')).toHaveCount(0);
  await expect(audience.getByTestId('audience-countdown')).toHaveCount(0);
  await expectAccessible(page);
  await expectAccessible(audience);
  await shot(page, 'live-all-done');
  await shot(audience, 'projector-all-done');
});

test('a contractual dispute refused from the issue log says where its text went, once', async ({ casebook }) => {
  const { page } = casebook;
  await page.getByRole('link', { name: 'Organisations' }).click();
  await page.getByRole('button', { name: 'Add organisation' }).click();
  const org = page.getByRole('dialog', { name: 'Add organisation' });
  await org.getByLabel('Name', { exact: false }).first().fill('Northvale Borough Council');
  await org.getByRole('button', { name: 'Save' }).click();
  await expect(org).toBeHidden();
  await page.getByRole('link', { name: 'Actions & issues' }).click();
  await page.getByRole('tab', { name: /Issue/ }).first().click();
  await page.getByRole('button', { name: 'Raise issue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Raise an issue' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Overtime owed to one porter');
  await dialog.getByRole('checkbox', { name: 'This is an individual contractual dispute' }).check();
  await dialog.getByRole('button', { name: 'Raise issue' }).click();
  const refusal = page.getByRole('dialog', { name: 'Not logged: individual contractual dispute' });
  await expect(refusal).toContainText('deal with them as casework');
  await expect(refusal).toContainText('The text is kept as a note on Northvale Borough Council.');
  expect((await refusal.innerText()).match(/kept as a note/g)).toHaveLength(1);
  await expectAccessible(page);
});

test.describe('the cannot-open screens', () => {
  test('a lock held by Casebook on this computer: close it there, no "that computer", no Open anyway', async ({ casebook }) => {
    // The holder is a process that is provably running here (this test runner).
    const lock = {
      pid: process.pid,
      host: os.hostname(),
      pidStart: await processStart(process.pid),
      startedAt: '2026-03-01T09:00:00.000Z',
      refreshedAt: '2026-03-01T09:05:00.000Z',
    };
    const page = await casebook.restart(() => writeFile(path.join(casebook.workspaceDir, '.lock'), JSON.stringify(lock)));
    await expect(page.getByRole('heading', { name: 'Casebook could not open your workspace' })).toBeVisible();
    await expect(page.getByText('Casebook is already open on this computer')).toBeVisible();
    await expect(page.getByText('on that computer')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Open anyway…' })).toHaveCount(0);
    await expect(page.getByRole('row', { name: /Computer/ })).toContainText('(this computer)');
    await expect(page.getByRole('row', { name: /Opened/ })).toContainText('1 Mar 2026, 09:00');
    await expectAccessible(page);
    await shot(page, 'cannot-open-this-computer');
  });

  test('a workspace file that cannot be read says "read", not "save"', async ({ casebook }) => {
    // A folder where the workspace file should be: reading it fails (EISDIR).
    const index = path.join(casebook.workspaceDir, 'casebook.json');
    const page = await casebook.restart(async () => {
      await rm(index);
      await mkdir(index);
    });
    await expect(page.getByRole('heading', { name: 'Casebook could not open your workspace' })).toBeVisible();
    await page.getByText('Technical details').click();
    await expect(page.getByText(/Could not read casebook\.json/)).toBeVisible();
    await expect(page.getByText(/Could not save/)).toHaveCount(0);
    await expectAccessible(page);
    await shot(page, 'cannot-open-unreadable');
    // Put it right for the fixture's own clean-up.
    await casebook.restart(() => rm(index, { recursive: true }));
  });
});
