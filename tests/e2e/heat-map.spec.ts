import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

// Demo load, keyboard walk, CSV, Welsh and axe: generous on a loaded machine.
test.setTimeout(150_000);

const shot = (page: Page, name: string) =>
  page.getByRole('region', { name: /Maturity map|Map aeddfedrwydd/ }).screenshot({
    path: process.env.SCREENSHOTS
      ? path.resolve(import.meta.dirname, '../../resources/screenshots', `${name}.png`)
      : test.info().outputPath(`${name}.png`),
  });

/** The accessible name of the focused element (a grid cell's names organisation, column and value). */
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return `${el?.getAttribute('role') ?? el?.tagName}|${el?.getAttribute('aria-label') ?? el?.textContent ?? ''}`;
  });

test('the maturity map is walked by keyboard alone, filtered, exported as CSV, and reads in Welsh', async ({ casebook }) => {
  const { page } = casebook;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(page.getByText(/Demo workspace loaded/)).toBeVisible();
  await page.getByRole('link', { name: 'Overview' }).click();

  const grid = page.getByRole('grid', { name: 'Maturity map: organisations by theme' });
  await expect(grid).toBeVisible();
  await expect(grid.getByRole('gridcell').first()).toBeVisible();
  await expectAccessible(page);

  // Tab from the sector filter into the grid: the grid is one tab stop, entered at its first cell.
  await page.getByRole('combobox', { name: 'Sector' }).focus();
  for (let i = 0; i < 6 && !(await focusedLabel(page)).startsWith('rowheader'); i++) await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('rowheader|Castlemere City Council');

  // Right: the first theme's cell names organisation, theme and rating (or "not rated").
  await page.keyboard.press('ArrowRight');
  expect(await focusedLabel(page)).toMatch(
    /^gridcell\|Castlemere City Council, [^:]+: (\d(\.\d)? of 4, .+, rated \d{1,2} \w{3} \d{4}|not rated)$/,
  );
  await page.keyboard.press('End');
  expect(await focusedLabel(page)).toMatch(/^gridcell\|Castlemere City Council, Open issues: \d+$/);
  await page.keyboard.press('ArrowLeft');
  expect(await focusedLabel(page)).toMatch(/^gridcell\|Castlemere City Council, Overdue actions: \d+$/);
  await page.keyboard.press('ArrowDown');
  expect(await focusedLabel(page)).toMatch(/^gridcell\|Eastbridge District Council, Overdue actions: \d+$/);
  await page.keyboard.press('Home');
  expect(await focusedLabel(page)).toBe('rowheader|Eastbridge District Council');
  await page.keyboard.press('Control+End');
  expect(await focusedLabel(page)).toMatch(/^gridcell\|Northvale Borough Council, Open issues: \d+$/);
  // Tab leaves the grid (one stop), Shift+Tab comes back to the same cell.
  await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).not.toMatch(/^gridcell/);
  await page.keyboard.press('Shift+Tab');
  expect(await focusedLabel(page)).toMatch(/^gridcell\|Northvale Borough Council, Open issues/);

  // Every rated cell shows its number; the numbers agree with the cell's name.
  const rated = grid.locator('td[data-rating]:not([data-rating=""])');
  expect(await rated.count()).toBeGreaterThan(0);
  for (const cell of await rated.all()) {
    const value = (await cell.textContent())?.trim() ?? '';
    expect(await cell.getAttribute('aria-label')).toContain(`: ${value} of 4`);
  }
  await shot(page, 'heat-map');

  // Filter by region (keyboard on a native select), then export that map as CSV.
  const region = page.getByRole('combobox', { name: 'Region' });
  await region.focus();
  await region.selectOption('North West');
  const names = await grid.getByRole('rowheader').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  const file = test.info().outputPath('map.csv');
  await casebook.queueSave(file);
  await page.getByRole('button', { name: 'Export CSV' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Saved ${names.length} organisations to ${file}.` })).toBeVisible();
  const bytes = await readFile(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(
    bytes
      .toString('utf8')
      .split('\r\n')
      .slice(1, -1)
      .map((l) => l.split(',')[0]),
  ).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));

  // The signed PDF is one step away: the Documents screen offers exactly this map.
  await page.getByRole('link', { name: 'Signed PDF…' }).click();
  await expect(page.getByRole('row', { name: /Regional map.*North West, all sectors/ })).toBeVisible();

  // In Welsh: the same grid, Welsh names, Welsh cell labels, axe clean.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Interface language').selectOption('cy');
  await expect(page.getByText('Newidiwyd yr iaith')).toBeVisible();
  await page.getByRole('link', { name: 'Trosolwg' }).click();
  const welsh = page.getByRole('grid', { name: 'Map aeddfedrwydd: sefydliadau fesul thema' });
  await expect(welsh).toBeVisible();
  await expect(welsh.getByRole('columnheader', { name: 'Camau hwyr' })).toBeVisible();
  await expect(welsh.getByRole('gridcell', { name: /, Materion agored: \d+$/ }).first()).toBeVisible();
  await expect(welsh.locator('td[data-rating]:not([data-rating=""])').first()).toHaveAttribute(
    'aria-label',
    /: \d(\.\d)? o 4, .+, sgoriwyd /,
  );
  await expectAccessible(page);
  await shot(page, 'heat-map-cy');
});
