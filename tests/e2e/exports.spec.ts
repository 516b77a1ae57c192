import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, expectAccessible, test } from './fixtures';

const pdfsig = (file: string) => {
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? '');
  }
};

test('create a signing identity, preview the assessment report, sign and export it, then verify it', async ({ casebook }) => {
  // Key generation, layout and pdf.js rendering of six pages on a shared 2-core machine.
  test.setTimeout(120_000);
  const { page } = casebook;
  await page.getByRole('link', { name: 'Documents' }).click();
  await expect(page.getByRole('heading', { name: 'Documents', level: 2 })).toBeVisible();
  await expect(page.getByText('You have no signing identity yet.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Create a signing identity' }).click();
  const create = page.getByRole('dialog', { name: 'Create a signing identity' });
  await create.getByLabel('Name').fill('Priya Shah');
  await create.getByLabel('Role').fill('Peer assessor');
  await create.getByLabel('Organisation').fill('Eastmoor Regional Employers');
  await create.getByLabel('E-mail address').fill('priya.shah@example.org');
  await create.getByLabel(/^Passphrase/).fill('correct horse battery');
  await create.getByLabel('Confirm the passphrase').fill('correct horse batteries');
  await create.getByRole('button', { name: 'Create identity' }).click();
  await expect(create.getByText('The two passphrases are not the same.')).toBeVisible();
  await create.getByLabel('Confirm the passphrase').fill('correct horse battery');
  await expectAccessible(page);
  await create.getByRole('button', { name: 'Create identity' }).click();
  // Making an RSA key and its .p12 runs off the main thread; wait for the state, however long it takes here.
  await expect(create).toBeHidden({ timeout: 60_000 });
  const identity = page.getByRole('region', { name: 'Your signing identity' });
  await expect(identity).toContainText('Unlocked for this session.');
  await expect(identity).toContainText('priya.shah@example.org');

  // Locking and a wrong passphrase: a clear message, and still locked.
  await identity.getByRole('button', { name: 'Lock' }).click();
  await identity.getByRole('button', { name: 'Unlock' }).click();
  const unlock = page.getByRole('dialog', { name: 'Unlock your signing identity' });
  await unlock.getByLabel('Passphrase').fill('not my passphrase');
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(unlock.getByRole('alert')).toContainText('The passphrase is not right');
  await unlock.getByLabel('Passphrase').fill('correct horse battery');
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(unlock).toBeHidden();
  await expect(identity).toContainText('Unlocked for this session.');

  await page.getByRole('button', { name: 'Preview and sign: Assessment report (sample)' }).click();
  const dialog = page.getByRole('dialog', { name: /Preview and sign — Assessment report/ });
  await expect(dialog.getByLabel('Type my name')).toBeChecked();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('img', { name: /^Page 1 of \d+ of the document$/ })).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByText('This is exactly what will be signed.')).toBeVisible();
  await expectAccessible(page);

  const target = path.join(casebook.workspaceDir, '..', `assessment-${Date.now()}.pdf`);
  await casebook.queueSave(target);
  await dialog.getByRole('button', { name: 'Sign and export' }).click();
  await expect(dialog.getByRole('status')).toContainText(`Signed and saved as ${target}`);
  const report = pdfsig(target);
  expect(report).toContain('Signature is Valid.');
  expect(report).toContain('Total document signed');
  const sha = /SHA-256 \(recorded in the journal\): ([0-9a-f]{64})/.exec((await dialog.getByRole('status').textContent()) ?? '')?.[1];
  expect(await readFile(path.join(casebook.workspaceDir, 'journal', 'sample-documents.jsonl'), 'utf8')).toContain(String(sha));
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: 'Verify a PDF' }).click();
  await casebook.queuePick([target]);
  await page.getByRole('button', { name: 'Choose a PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Signed by a known signer' })).toContainText(
    'Signed by Priya Shah (a known signer); nothing has changed since it was signed.',
  );
  await expect(page.getByRole('row', { name: /Signed by/ })).toContainText('Priya Shah');
  await expect(page.getByRole('row', { name: /Certificate subject/ })).toContainText('O=Eastmoor Regional Employers');
  // Beside the verdict, what the document states; a built-in sample rests on no record, so it states none.
  await expect(page.getByRole('region', { name: 'What this document states' })).toContainText(
    'This PDF carries no statements covered by its signature.',
  );
  await expectAccessible(page);
});

test('the Verify screen tells a signed PDF from a tampered one', async ({ casebook }) => {
  const { page } = casebook;
  const { signedSample } = await import('./helpers/signed-sample');
  const { signed, tampered } = await signedSample(path.join(casebook.workspaceDir, '..'));

  await page.getByRole('link', { name: 'Verify a PDF' }).click();
  await expect(page.getByRole('heading', { name: 'Verify a PDF', level: 2 })).toBeVisible();
  await expectAccessible(page);

  await casebook.queuePick([signed]);
  await page.getByRole('button', { name: 'Choose a PDF…' }).click();
  // Signed by a throwaway identity this workspace has never seen: sound, but not a known signer.
  await expect(page.getByText('A valid signature, but by a certificate this workspace does not know')).toBeVisible();
  await expect(page.getByRole('row', { name: /Signed by/ })).toContainText('Tomos Rhys');
  await expect(page.getByRole('row', { name: /Signature covers the whole file/ })).toContainText('Yes');

  await casebook.queuePick([tampered]);
  await page.getByRole('button', { name: 'Choose a PDF…' }).click();
  await expect(page.getByText('Changed after signing', { exact: true })).toBeVisible();
  await expect(page.getByText(/no longer matches what Tomos Rhys signed/)).toBeVisible();
  await expect(page.getByRole('row', { name: /Certificate fingerprint/ })).toContainText(/([0-9A-F]{2}:){31}[0-9A-F]{2}/);
  await expectAccessible(page);

  // Cancelling the picker leaves the last report in place.
  await page.getByRole('button', { name: 'Choose a PDF…' }).click();
  await expect(page.getByText('Changed after signing', { exact: true })).toBeVisible();
});

test('the whole export works from the keyboard alone', async ({ casebook }) => {
  test.setTimeout(120_000);
  const { page } = casebook;
  await page.getByRole('link', { name: 'Documents' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Create a signing identity' }).focus();
  await page.keyboard.press('Enter');
  // The name field has focus when the dialog opens; Tab walks the form in order.
  for (const value of [
    'Tomos Rhys',
    'Regional facilitator',
    'Eastmoor Regional Employers',
    'tomos@example.org',
    'correct horse battery',
    'correct horse battery',
  ]) {
    await page.keyboard.type(value);
    await page.keyboard.press('Tab');
    // PasswordInput has a visibility toggle button after its field.
    if (await page.evaluate(() => document.activeElement?.tagName === 'BUTTON' && document.activeElement.getAttribute('type') !== 'submit'))
      await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  // Making the key and its .p12 runs off the main thread; wait for the state, however long it takes here.
  await expect(page.getByRole('dialog', { name: 'Create a signing identity' })).toBeHidden({ timeout: 60_000 });
  await expect(page.getByRole('region', { name: 'Your signing identity' })).toContainText('Tomos Rhys');

  await page.getByRole('button', { name: 'Preview and sign: Agenda (sample)' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Agenda/ });
  await dialog.getByRole('button', { name: 'Preview' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('img', { name: 'Page 1 of 1 of the document' })).toBeVisible({ timeout: 30_000 });
  await casebook.queueSave(path.join(casebook.workspaceDir, '..', `agenda-${Date.now()}.pdf`));
  await dialog.getByRole('button', { name: 'Sign and export' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toContainText('Signed and saved as');
});
