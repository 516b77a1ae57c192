import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, expectAccessible, test } from './fixtures';

test('a damaged workspace file is set aside, the backup restored, and the user told', async ({ casebook }) => {
  let page = casebook.page;
  await page.getByRole('link', { name: 'Organisations' }).click();
  await page.getByRole('button', { name: 'Add organisation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add organisation' });
  await dialog.getByLabel('Name', { exact: false }).first().fill('Northvale Borough Council');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // Reopening takes a backup of the good file; then the file is damaged while the app is closed.
  await casebook.restart();
  page = await casebook.restart(() =>
    writeFile(path.join(casebook.workspaceDir, 'casebook.json'), '{"schemaVersion": 1, "organisations": [{"na'),
  );

  // Said with what the file is and a local date, not its name and an ISO time; readable on its tint.
  const alert = page.getByRole('alert').filter({ hasText: 'The workspace file (organisations, your profile and settings) was damaged' });
  await expect(alert).toContainText(/put back its backup from \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d\./);
  // (Only the set-aside file's own name, on its labelled line, carries the time as written in the name.)
  expect((await alert.innerText()).split('The damaged file is kept')[0]).not.toMatch(/\d{4}-\d\d-\d\dT/);
  await expect(alert).toContainText('The damaged file is kept in the workspace folder as casebook.json.damaged-');
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('damaged-notice.png') });
  await page.getByRole('link', { name: 'Organisations' }).click();
  await expect(page.getByRole('row', { name: /Northvale Borough Council/ })).toBeVisible();
  await alert.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(alert).toBeHidden();
});
