import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, expectAccessible, test } from './fixtures';

const shot = (name: string) => path.resolve(import.meta.dirname, '../../test-results', `${name}.png`);
const title = 'Casebook could not open your workspace';

test('a lock written by another computer: who and since when, then Open anyway after the warning', async ({ casebook }) => {
  const lock = {
    pid: 4242,
    host: 'reception-pc',
    pidStart: null,
    startedAt: '2026-03-01T09:00:00.000Z',
    refreshedAt: '2026-03-01T11:45:00.000Z',
  };
  const page = await casebook.restart(() => writeFile(path.join(casebook.workspaceDir, '.lock'), JSON.stringify(lock)));

  await expect(page.getByRole('heading', { name: title })).toBeFocused();
  await expect(page.getByText('Another copy of Casebook is using this workspace.')).toBeVisible();
  const holder = page.getByRole('region', { name: 'Who is using it' });
  await expect(holder.getByRole('row', { name: /Computer/ })).toContainText('reception-pc');
  await expect(holder.getByRole('row', { name: /Process number/ })).toContainText('4242');
  await expect(holder.getByRole('row', { name: /Opened/ })).toContainText('1 Mar 2026, 09:00');
  await expect(holder.getByRole('row', { name: /Last active/ })).toContainText('1 Mar 2026, 11:45');
  await expectAccessible(page);
  await page.screenshot({ path: shot('workspace-locked') });

  // Keyboard only: Tab from the heading reaches Try again first; the lock is still held.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'still could not be opened' })).toBeVisible();

  await page.getByRole('button', { name: 'Open anyway…' }).focus();
  await page.keyboard.press('Enter');
  const warning = page.getByRole('dialog', { name: 'Open this workspace anyway?' });
  await expect(warning).toContainText('no longer running on reception-pc');
  await expect(warning).toContainText('two copies of Casebook edit the same workspace');
  // Cancel has the focus, so Enter alone is the safe choice.
  await expect(warning.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);
  await page.screenshot({ path: shot('workspace-locked-warning') });
  await page.keyboard.press('Tab');
  await expect(warning.getByRole('button', { name: 'Open anyway' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('link', { name: 'Cases', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: title })).toHaveCount(0);
  expect(JSON.parse(await readFile(path.join(casebook.workspaceDir, '.lock'), 'utf8'))).toMatchObject({ host: os.hostname() });
});

test('a workspace from a newer Casebook: restore a backup', async ({ casebook }) => {
  const index = path.join(casebook.workspaceDir, 'casebook.json');
  const good = await readFile(index, 'utf8');
  const newer = JSON.stringify({ schemaVersion: 99, profile: { name: 'From the future' } });
  // The first start took a backup of the good file; a newer Casebook then rewrote it.
  const page = await casebook.restart(() => writeFile(index, newer));
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('saved by a newer version of Casebook')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open anyway…' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Restore a backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore a backup' });
  const backups = dialog.getByRole('radio');
  await expect(backups.first()).toBeChecked();
  await expectAccessible(page);
  await page.screenshot({ path: shot('workspace-restore') });
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();

  await expect(page.getByRole('link', { name: 'Cases', exact: true })).toBeVisible();
  expect(JSON.parse(await readFile(index, 'utf8'))).toEqual(JSON.parse(good));
  const kept = (await readdir(casebook.workspaceDir)).filter((n) => n.startsWith('casebook.json.replaced-'));
  expect(kept).toHaveLength(1);
  expect(await readFile(path.join(casebook.workspaceDir, kept[0]), 'utf8')).toBe(newer);
});

test('a workspace that will not open: choose another folder', async ({ casebook }) => {
  const other = await mkdtemp(path.join(os.tmpdir(), 'casebook-e2e-other-'));
  try {
    const page = await casebook.restart(() =>
      writeFile(path.join(casebook.workspaceDir, 'casebook.json'), JSON.stringify({ schemaVersion: 99 })),
    );
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await casebook.queuePick([other]);
    await page.getByRole('button', { name: 'Choose another folder…' }).click();
    // A new, empty folder: the first-run welcome of that workspace.
    await expect(page.getByRole('heading', { name: 'Welcome to Casebook' })).toBeVisible();
    expect(await readdir(other)).toContain('casebook.json');
  } finally {
    await casebook.restart();
    await rm(other, { recursive: true, force: true });
  }
});
