import { expect, expectAccessible, test } from './fixtures';

test('reorder the agenda by drag and by the move buttons; duplicate; over-length shown', async ({ casebook }) => {
  const { page } = casebook;
  const titles = () =>
    page.locator('[data-agenda] fieldset input[required]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  await page.getByRole('link', { name: 'Workshops' }).click();
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Template').selectOption({ label: 'Partnership forum meeting' });
  await dialog.getByLabel('Title').fill('Regional forum — June');
  await dialog.getByLabel('Start time').fill('14:00');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Regional forum — June' })).toBeVisible();
  await expect
    .poll(titles)
    .toEqual([
      'Welcome, apologies and minutes of the last meeting',
      'Progress against the roadmap (standing item)',
      'Item tabled by management side',
      'Item tabled by staff side',
      'Review of actions',
      'Agenda setting for the next meeting',
    ]);

  await page
    .getByTitle('Drag to reorder Review of actions')
    .dragTo(page.getByTitle('Drag to reorder Progress against the roadmap (standing item)'));
  await expect
    .poll(titles)
    .toEqual([
      'Welcome, apologies and minutes of the last meeting',
      'Review of actions',
      'Progress against the roadmap (standing item)',
      'Item tabled by management side',
      'Item tabled by staff side',
      'Agenda setting for the next meeting',
    ]);
  await page.getByRole('button', { name: 'Move Review of actions down' }).click();
  await expect.poll(async () => (await titles())[2]).toBe('Review of actions');
  await expect(page.getByText('Review of actions moved to position 3 of 6, starting 14:30.')).toBeAttached();

  await page.getByRole('button', { name: 'Duplicate Item tabled by staff side' }).click();
  await expect.poll(async () => (await titles())[5]).toBe('Item tabled by staff side (copy)');
  await expect(page.getByText('Planned end 15:50 · 110 minutes')).toBeVisible();
  await page.getByLabel('Session length (minutes)').fill('90');
  await page.getByLabel('Session length (minutes)').blur();
  await expect(page.getByText('Over length by 20 minutes')).toBeVisible();
  await expectAccessible(page);

  const restarted = await casebook.restart();
  await restarted.getByRole('link', { name: 'Workshops' }).click();
  await restarted.getByRole('link', { name: 'Regional forum — June' }).click();
  await expect(restarted.getByText('Over length by 20 minutes')).toBeVisible();
});

test('duplicate a built-in template, edit its themes and agenda, and plan a workshop from it', async ({ casebook }) => {
  const { page } = casebook;
  await page.getByRole('link', { name: 'Workshops' }).click();
  await page.getByRole('button', { name: 'Duplicate What does good look like?' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit “What does good look like? (copy)”' });
  await expect(editor.getByLabel('Themes and prompts')).toHaveValue(/^Effective communications\n- Is there a robust two-way/);
  await editor.getByLabel('Name').fill('Our partnership review');
  await editor.getByLabel('Themes and prompts').fill('Clear vision\n- Is our purpose written down?\n\nResources');
  await editor.getByLabel('Agenda').fill('15 | information | Welcome\nforty | discussion | Tables');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('alert')).toContainText('These agenda lines could not be read: 2.');
  await editor.getByLabel('Agenda').fill('15 | information | Welcome\n40 | discussion | Tables');
  await expectAccessible(page);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('row', { name: /Our partnership review/ })).toContainText('2 themes · 2 agenda items');
  await expect(page.getByRole('row', { name: /Our partnership review/ })).toContainText('Yours · version 2');

  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Template').selectOption({ label: 'Our partnership review' });
  await dialog.getByLabel('Title').fill('Own-template review');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByText('Planned end 10:55 · 55 minutes')).toBeVisible();
  await page.getByRole('link', { name: 'Live mode' }).click();
  await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Clear vision' });
  await expect(page.getByText('Is our purpose written down?')).toBeVisible();
});
