import { expect, expectAccessible, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('the visit rail shows the running eligibility as judgements are set, in English and Welsh', async ({ casebook }) => {
  const { page } = casebook;
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await page.getByRole('link', { name: 'Northvale Borough Council' }).click();
  await page.getByRole('link', { name: 'Site-visit mode' }).click();
  const standing = page.getByTestId('visit-eligibility');
  await expect(standing).toContainText('Not eligible yet. In the way:');
  for (const item of ['R9 partly met', 'C2 partly met', 'C4 not assessed', 'C6 not assessed'])
    await expect(standing.getByRole('listitem').filter({ hasText: item })).toHaveCount(1);
  await expect(standing.getByRole('listitem')).toHaveCount(4);
  await expectAccessible(page);

  // Judging C2 met takes it out of the way at once (keyboard: Alt+2, then the judgement box).
  await page.keyboard.press('Alt+Digit2');
  await page.getByLabel('C2 judgement').focus();
  await page.getByLabel('C2 judgement').selectOption('met');
  await expect(standing.getByRole('listitem').filter({ hasText: 'C2' })).toHaveCount(0);
  await expect(standing.getByRole('listitem')).toHaveCount(3);

  // In Welsh, the same standing in Welsh.
  await page.getByRole('link', { name: 'Leave site-visit mode' }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Interface language').selectOption('cy');
  await page.getByRole('link', { name: 'Achosion' }).click();
  await page.getByRole('link', { name: 'Northvale Borough Council' }).click();
  await page.getByRole('link', { name: 'Modd ymweliad safle' }).click();
  await expect(standing).toContainText('Ddim yn gymwys eto. Beth sy’n rhwystro:');
  await expect(standing.getByRole('listitem').filter({ hasText: 'C4 heb ei asesu' })).toHaveCount(1);
  await expect(standing.getByRole('listitem').filter({ hasText: 'R9 wedi’i fodloni’n rhannol' })).toHaveCount(1);
  await expectAccessible(page);
});
