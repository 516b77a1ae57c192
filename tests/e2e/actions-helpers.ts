import type { Page } from '@playwright/test';
import { expect, expectAccessible } from './fixtures';
import { fillDate } from './helpers/dates';

/** Adds an organisation through its form, as a person would. */
export async function addOrganisation(page: Page, name: string, region = 'East of England') {
  await page.getByRole('link', { name: 'Organisations' }).click();
  await page.getByRole('button', { name: 'Add organisation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add organisation' });
  await dialog.getByLabel('Name', { exact: false }).first().fill(name);
  await dialog.getByLabel('Region').selectOption(region);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

/** Adds a standalone action from the tracker. */
export async function addAction(page: Page, fields: { organisation: string; what: string; owner?: string; due?: string; status?: string }) {
  await page.getByRole('link', { name: 'Actions & issues' }).click();
  await page.getByRole('button', { name: 'Add action' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add action' });
  await dialog.getByLabel('What needs doing').fill(fields.what);
  await dialog.getByLabel('Organisation').selectOption({ label: fields.organisation });
  if (fields.owner) await dialog.getByLabel('Owner').fill(fields.owner);
  if (fields.due) await fillDate(dialog.getByLabel('Due date'), fields.due);
  if (fields.status) await dialog.getByLabel('Status').selectOption({ label: fields.status });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

/** Raises an issue in the log; returns nothing, the caller checks the outcome. */
export async function raiseIssue(page: Page, fields: { organisation: string; title: string; description?: string; dispute?: boolean }) {
  await page.getByRole('link', { name: 'Actions & issues' }).click();
  await page.getByRole('tab', { name: 'Issue log' }).click();
  await page.getByRole('button', { name: 'Raise issue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Raise an issue' });
  await dialog.getByLabel('Organisation or partnership').selectOption({ label: fields.organisation });
  await dialog.getByLabel('Title').fill(fields.title);
  if (fields.description) await dialog.getByLabel('Description').fill(fields.description);
  await dialog.getByLabel('Raised by').fill('Staff side');
  if (fields.dispute) await dialog.getByLabel('This is an individual contractual dispute').check();
  await dialog.getByRole('button', { name: 'Raise issue' }).click();
}

/** Axe once notifications have faded out (mid-fade text is semi-transparent, so contrast is misread). */
export async function expectAccessibleSettled(page: Page) {
  await notificationsGone(page);
  await expectAccessible(page);
}

/** Waits for toasts to close; the pointer is moved off them, since hovering keeps them open. */
export async function notificationsGone(page: Page) {
  await page.mouse.move(400, 10);
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
}
