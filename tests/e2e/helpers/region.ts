import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

/** The header's sync state (e.g. "Region: up to date"). */
export const regionState = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

/** Settings → Region, as a member joins: the loopback server, their user name and password. */
export async function joinRegion(page: Page, server: string, user: string) {
  await page.getByRole('link', { name: 'Settings' }).click();
  const region = page.getByRole('region', { name: 'Region', exact: true });
  await region.getByLabel('Server address').fill(server);
  await region.getByLabel('Your user name on the region’s server').fill(user);
  await region.getByRole('textbox', { name: 'Password' }).fill(`${user}-password`);
  await region.getByRole('button', { name: 'Join the region' }).click();
  await expect(regionState(page, 'Region: up to date')).toBeVisible({ timeout: 20_000 });
}

/** Another person's empty workspace, past the welcome, with their name on their work. */
export async function workspaceOf(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casebook-e2e-'));
  await writeFile(
    path.join(dir, 'casebook.json'),
    JSON.stringify({ schemaVersion: 1, profile: { name, role: 'peer_assessor', organisation: '', language: 'en-GB', welcomed: true } }),
  );
  return dir;
}
