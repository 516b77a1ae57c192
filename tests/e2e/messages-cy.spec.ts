import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { expectNoEnglish } from './helpers/english-check';

// Issue 23 leftovers: the store's set-aside messages and the cannot-open screen in Welsh too.
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

/** Switches the workspace's profile to `language` (written while Casebook is stopped). */
async function profileLanguage(dir: string, language: 'en-GB' | 'cy') {
  const file = path.join(dir, 'casebook.json');
  const index = JSON.parse(await readFile(file, 'utf8')) as { profile: { language: string } };
  index.profile.language = language;
  await writeFile(file, JSON.stringify(index));
}

/** A saved-changes log left for a case and one for a workshop whose files are gone (a sync client took them). */
async function orphanLogs(dir: string, id: string) {
  await mkdir(path.join(dir, 'cases'), { recursive: true });
  await mkdir(path.join(dir, 'workshops'), { recursive: true });
  await writeFile(path.join(dir, 'cases', `${id}.wal`), '{"revision":2,"ops":[\n');
  await writeFile(path.join(dir, 'workshops', `${id}.wal`), '{"revision":2,"ops":[\n');
}

test('logs set aside for recovery are explained in the reader’s language, with the names needed to find them', async ({ casebook }) => {
  let page = await casebook.restart(() => orphanLogs(casebook.workspaceDir, 'lost-1'));
  const caseAlert = page.getByRole('alert').filter({ hasText: 'The file of a case is missing and no backup of it was found.' });
  await expect(caseAlert).toContainText('Its saved changes were kept for recovery; nothing was deleted.');
  await expect(caseAlert).toContainText(/Kept for recovery in the workspace folder as cases\/lost-1\.wal\.orphaned-/);
  await expect(page.getByRole('alert').filter({ hasText: 'The file of a workshop is missing' })).toContainText(
    'workshops/lost-1.wal.orphaned-',
  );
  await expectAccessible(page);
  await shot(page, 'set-aside-en');

  page = await casebook.restart(async () => {
    await profileLanguage(casebook.workspaceDir, 'cy');
    await orphanLogs(casebook.workspaceDir, 'lost-2');
  });
  const welsh = page.getByRole('alert').filter({ hasText: 'Mae ffeil achos ar goll' });
  await expect(welsh).toContainText('Cadwyd er mwyn ei adfer yn ffolder y gweithle fel cases/lost-2.wal.orphaned-');
  await expect(page.getByRole('alert').filter({ hasText: 'Mae ffeil gweithdy ar goll' })).toBeVisible();
  // The file names are the only text not in Welsh: they are what is on disk.
  const names = await page.getByRole('alert').locator('code').allInnerTexts();
  expect(names).toHaveLength(2);
  await expectNoEnglish(page, names);
  await expectAccessible(page);
  await shot(page, 'set-aside-cy');
});

test.describe('the cannot-open screen when the workspace file cannot be read at all', () => {
  /** A folder where the workspace file should be: nothing, not even its language, can be read. */
  const unreadable = async (dir: string) => {
    const index = path.join(dir, 'casebook.json');
    await rm(index);
    await mkdir(index);
  };
  const putBack = (dir: string) => rm(path.join(dir, 'casebook.json'), { recursive: true });

  test('speaks the language last chosen on this computer', async ({ casebook, context }) => {
    let page = await casebook.restart(() => profileLanguage(casebook.workspaceDir, 'cy'));
    await expect(page.getByRole('link', { name: 'Achosion' })).toBeVisible();
    // Remembered outside the workspace, by the window (the browser host's port, so its storage, changes per start).
    const remembered = await page.evaluate(() => localStorage.getItem('casebook.language'));
    expect(remembered).toBe('cy');
    await context.addInitScript((language) => localStorage.setItem('casebook.language', language), remembered ?? '');
    page = await casebook.restart(() => unreadable(casebook.workspaceDir));
    await expect(page.getByRole('heading', { name: 'Nid oedd modd i Casebook agor eich gweithle' })).toBeVisible();
    await expectNoEnglish(page, [casebook.workspaceDir]);
    await expectAccessible(page);
    await shot(page, 'cannot-open-unreadable-cy');
    await casebook.restart(() => putBack(casebook.workspaceDir));
  });

  test.describe('on a computer set to Welsh', () => {
    test.use({ locale: 'cy' });
    test('follows the system language when nothing was chosen here', async ({ casebook }) => {
      const page = await casebook.restart(() => unreadable(casebook.workspaceDir));
      await expect(page.getByRole('heading', { name: 'Nid oedd modd i Casebook agor eich gweithle' })).toBeVisible();
      await expectNoEnglish(page, [casebook.workspaceDir]);
      await expectAccessible(page);
      await casebook.restart(() => putBack(casebook.workspaceDir));
    });
  });
});
