import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

/*
 * From a demo case to signed PDFs through the UI: a signatory signs on the Sign-up stage with
 * the pad, then the case's own documents are exported (identity created in the dialog, typed
 * signature, preview, sign and save) and checked with pdfsig and pdftotext.
 */

const pdfsig = (file: string) => {
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? '');
  }
};
const pdftext = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

async function drawOn(page: Page, canvas: Locator) {
  const box = await canvas.boundingBox();
  if (!box) throw new Error('signature pad not on screen');
  await page.mouse.move(box.x + 30, box.y + 110);
  await page.mouse.down();
  for (let i = 1; i <= 12; i += 1) await page.mouse.move(box.x + 30 + i * 25, box.y + 110 - Math.sin(i / 2) * 50, { steps: 3 });
  await page.mouse.up();
}

test('sign up a signatory with the pad, then export the demo case’s assessment report and its certificate of commitment in Welsh and English', async ({
  casebook,
}) => {
  // Identity creation, two layouts and pdf.js rendering on a shared 2-core machine.
  test.setTimeout(180_000);
  const { page } = casebook;
  await page.getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('button', { name: 'Load demo workspace' }).first().click();
  const row = page.getByRole('row', { name: /Northvale Borough Council/ });
  await expect(row).toBeVisible();
  await row.getByRole('link', { name: 'Northvale Borough Council' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Northvale Borough Council' })).toBeVisible();
  const caseId = /#\/cases\/([^/?]+)/.exec(page.url())?.[1];
  expect(caseId).toBeTruthy();

  // The chief executive signs on the pad; the certificate will carry the drawing.
  await page.getByRole('tab', { name: 'Sign up' }).click();
  await page.getByRole('button', { name: 'Record signature of signatory 1' }).click();
  const signDialog = page.getByRole('dialog', { name: 'Signature of Patricia Gale' });
  await signDialog.getByLabel('Draw my signature').check();
  await drawOn(page, signDialog.getByRole('img', { name: /Signature pad/ }));
  await expectAccessible(page);
  await signDialog.getByRole('button', { name: 'Save signature' }).click();
  await expect(signDialog).toBeHidden();
  await expect(page.getByText('Signed (drawn signature)')).toBeVisible();

  // The case's documents, on the Documents screen filtered for it.
  await page.getByRole('link', { name: 'Export documents' }).click();
  await expect(page.getByText('Showing the documents for one record.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Preview and sign: / })).toHaveCount(3);
  await expect(page.getByRole('button', { name: /Eastbridge|Castlemere|sample/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Preview and sign: Assessment report, Northvale Borough Council' }).click();
  const dialog = page.getByRole('dialog', { name: /Preview and sign — Assessment report/ });
  await dialog.getByRole('button', { name: 'Create a signing identity' }).click();
  const create = page.getByRole('dialog', { name: 'Create a signing identity' });
  await create.getByLabel('Name').fill('Priya Shah');
  await create.getByLabel('Role').fill('Peer assessor');
  await create.getByLabel('Organisation').fill('Eastmoor Regional Employers');
  await create.getByLabel('E-mail address').fill('priya.shah@example.org');
  await create.getByLabel(/^Passphrase/).fill('correct horse battery');
  await create.getByLabel('Confirm the passphrase').fill('correct horse battery');
  await create.getByRole('button', { name: 'Create identity' }).click();
  await expect(create).toBeHidden({ timeout: 30_000 });
  await expect(dialog.getByRole('button', { name: 'Create a signing identity' })).toBeHidden();

  await expect(dialog.getByLabel('Type my name')).toBeChecked();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('img', { name: /^Page 1 of \d+ of the document/ })).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
  const report = path.join(casebook.workspaceDir, '..', `northvale-report-${Date.now()}.pdf`);
  await casebook.queueSave(report);
  await dialog.getByRole('button', { name: 'Sign and export' }).click();
  await expect(dialog.getByRole('status')).toContainText(`Signed and saved as ${report}`);
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  await page.getByRole('button', { name: 'Preview and sign: Certificate of commitment, Northvale Borough Council' }).click();
  const certificate = page.getByRole('dialog', { name: /Preview and sign — Certificate of commitment/ });
  // A Welsh council's certificate: both languages on one page, Welsh first (English is the default in an English interface).
  await expect(certificate.getByLabel('English')).toBeChecked();
  await certificate.getByLabel('Bilingual (Welsh first)').check();
  await certificate.getByRole('button', { name: 'Preview' }).click();
  await expect(certificate.getByRole('img', { name: 'Page 1 of 1 of the document' })).toBeVisible({ timeout: 30_000 });
  const commitment = path.join(casebook.workspaceDir, '..', `northvale-commitment-${Date.now()}.pdf`);
  await casebook.queueSave(commitment);
  await certificate.getByRole('button', { name: 'Sign and export' }).click();
  await expect(certificate.getByRole('status')).toContainText(`Signed and saved as ${commitment}`);

  for (const file of [report, commitment]) {
    const check = pdfsig(file);
    expect(check).toContain('Signature is Valid.');
    expect(check).toContain('Total document signed');
    expect(check).toContain('Priya Shah');
  }
  const reportText = pdftext(report);
  expect(reportText).toContain('Northvale Borough Council');
  // The demo leaves its recommendation a draft, so the signed report states none (issue 19).
  expect(reportText).toContain('No recommendation is recorded');
  expect(reportText).not.toContain('Not yet recommended for the full award');
  expect(reportText).toContain('Whole organisational approach');
  const commitmentText = pdftext(commitment);
  expect(commitmentText).toContain('Patricia Gale');
  expect(commitmentText.indexOf('Tystysgrif Ymrwymiad')).toBeGreaterThanOrEqual(0);
  expect(commitmentText.indexOf('Tystysgrif Ymrwymiad')).toBeLessThan(commitmentText.indexOf('Certificate of Commitment'));
  expect(execFileSync('pdfinfo', [commitment], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
  // The drawn signature is placed as an image; the demo's other signatories have no recorded
  // signature (issue 19: none is printed for them), so only the issuer's typed name is there.
  expect(commitmentText.match(/\(typed name\)/g)).toHaveLength(1);
  expect(execFileSync('pdfimages', ['-list', commitment], { encoding: 'utf8' }).trim().split('\n').length).toBeGreaterThan(2);

  // Both exports are recorded in the case's own journal with their SHA-256.
  const journal = await readFile(path.join(casebook.workspaceDir, 'journal', `${caseId}.jsonl`), 'utf8');
  expect(journal.match(/"kind":"report.exported"/g)).toHaveLength(2);
});
