import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

// A damaged saved-changes log is set aside with a notice; the notice leads to Settings, where the
// person previews what recovering it would change, recovers it, and finds the text on the case.

interface Api {
  organisations: { create: (input: unknown) => Promise<{ ok: true; data: { id: string } }> };
  cases: { create: (input: unknown) => Promise<{ ok: true; data: { id: string } }> };
}

async function newCase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const api = (window as unknown as { api: Api }).api;
    const org = await api.organisations.create({ name: 'Cyngor Sir Ddinbych', type: 'local_authority', region: 'Wales' });
    return (await api.cases.create({ organisationId: org.data.id, assessor: 'Priya Assessor' })).data.id;
  });
}

const shots = process.env.SCREENSHOTS ? path.resolve(import.meta.dirname, '../../resources/screenshots') : null;

test('a damaged log is set aside, previewed and recovered from Settings', async ({ casebook }) => {
  const id = await newCase(casebook.page);
  const recovered = 'Typed before the crash: dŵr a thŷ';
  // While Casebook is closed, the case's log is left as a crash and a bad disk would leave it: a
  // damaged line, then an acknowledged change after it.
  const page = await casebook.restart(async () => {
    const dir = path.join(casebook.workspaceDir, 'cases');
    const { revision } = JSON.parse(await readFile(path.join(dir, `${id}.json`), 'utf8')) as { revision: number };
    const later = revision + 2;
    const line = {
      revision: later,
      ops: [
        { p: ['actionPlan', 'analysisOfNeed'], v: recovered },
        { p: ['revision'], v: later },
      ],
      v: 1,
    };
    await writeFile(path.join(dir, `${id}.wal`), `{"revision":${revision + 1},"ops":[{"p":["act\n${JSON.stringify(line)}\n`);
  });

  const notice = page.getByRole('alert').filter({ hasText: 'damaged line' });
  await notice.getByRole('link', { name: 'Review and recover these changes in Settings' }).click();
  const section = page.getByRole('region', { name: 'Recover set-aside changes' });
  const item = section.getByRole('article', { name: 'Case: Cyngor Sir Ddinbych' });
  await expect(item).toContainText('1 saved change can be read.');
  await expect(item).toContainText('1 line is damaged.');
  await expect(item.getByRole('button', { name: 'Recover the changes to Cyngor Sir Ddinbych' })).toBeDisabled();
  await item.getByRole('button', { name: 'Preview recovering Cyngor Sir Ddinbych' }).click();
  await expect(item).toContainText('Recovering applies 1 change, to: analysis of need.');
  await expect(item).toContainText('1 change in between could not be read');
  await expectAccessible(page);
  // (Centred first: scrolled to the top, the sticky header would cover its title.)
  if (shots) await section.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  if (shots) await section.screenshot({ path: path.join(shots, 'recover-set-aside.png') });
  if (shots) {
    await page.getByLabel('Interface language').selectOption('cy');
    const welsh = page.getByRole('region', { name: 'Adfer newidiadau a roddwyd o’r neilltu' });
    await welsh.getByRole('button', { name: 'Rhagolwg o adfer Cyngor Sir Ddinbych' }).click();
    await expect(welsh).toContainText('Mae adfer yn gwneud 1 newid');
    await welsh.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await welsh.screenshot({ path: test.info().outputPath('recover-set-aside-cy.png') });
    await page.getByLabel('Iaith y rhyngwyneb').selectOption('en-GB');
    await item.getByRole('button', { name: 'Preview recovering Cyngor Sir Ddinbych' }).click();
  }

  await item.getByRole('button', { name: 'Recover the changes to Cyngor Sir Ddinbych' }).click();
  await expect(page.getByText('Recovered 1 change to Cyngor Sir Ddinbych.')).toBeVisible();
  await expect(section).toContainText('Nothing is set aside: every saved change is in its record.');

  await page.goto(new URL(`#/cases/${id}`, page.url()).toString());
  await page.getByRole('tab', { name: 'Action plan' }).click();
  await expect(page.getByLabel('Analysis of need')).toHaveValue(recovered);
});
