import path from 'node:path';
import { expect, test } from './fixtures';

// `SCREENSHOTS=1 npx playwright test -c tests/e2e/playwright.config.ts exports-screenshots` refreshes them.
test.skip(!process.env.SCREENSHOTS, 'only when refreshing README screenshots');

const out = (name: string) => path.resolve(import.meta.dirname, '../../resources/screenshots', `${name}.png`);

test('documents, signature pad, preview and verify', async ({ casebook }) => {
  test.setTimeout(180_000);
  const { page } = casebook;
  await page.getByRole('link', { name: 'Documents' }).click();
  await page.getByRole('button', { name: 'Create a signing identity' }).click();
  const create = page.getByRole('dialog', { name: 'Create a signing identity' });
  await create.getByLabel('Name').fill('Priya Shah');
  await create.getByLabel('Role').fill('Peer assessor');
  await create.getByLabel('Organisation').fill('Eastmoor Regional Employers');
  await create.getByLabel('E-mail address').fill('priya.shah@example.org');
  await create.getByLabel(/^Passphrase/).fill('correct horse battery');
  await create.getByLabel('Confirm the passphrase').fill('correct horse battery');
  await page.screenshot({ path: out('exports-identity-create') });
  await create.getByRole('button', { name: 'Create identity' }).click();
  await expect(create).toBeHidden();
  await page.screenshot({ path: out('exports-documents') });

  await page.getByRole('button', { name: 'Preview and sign: Certificate of commitment (sample)' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Draw my signature').check();
  const pad = dialog.getByRole('img', { name: /Signature pad/ });
  const box = await pad.boundingBox();
  if (box) {
    await page.mouse.move(box.x + 40, box.y + 100);
    await page.mouse.down();
    for (let i = 0; i <= 60; i += 1) await page.mouse.move(box.x + 40 + i * 8, box.y + 80 + 40 * Math.sin(i / 4));
    await page.mouse.up();
  }
  await page.screenshot({ path: out('exports-signature-pad') });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('img', { name: 'Page 1 of 1 of the document' })).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: out('exports-preview') });
  const target = path.join(casebook.workspaceDir, '..', 'certificate.pdf');
  await casebook.queueSave(target);
  await dialog.getByRole('button', { name: 'Sign and export' }).click();
  await expect(dialog.getByRole('status')).toContainText('Signed and saved');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: 'Verify a PDF' }).click();
  await casebook.queuePick([target]);
  await page.getByRole('button', { name: 'Choose a PDF…' }).click();
  await expect(page.getByText('Signed by a known signer — nothing has changed since it was signed')).toBeVisible();
  await page.screenshot({ path: out('exports-verify'), fullPage: true });
});
