import { expect, expectAccessible, test } from './fixtures';

const sections = ['Cases', 'Workshops', 'Actions & issues', 'Overview', 'Organisations', 'Library', 'Settings'];

test('every section is reachable from the navigation and passes axe', async ({ casebook }) => {
  const { page } = casebook;
  await expect(page.getByRole('status').getByText('Saved')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  for (const section of sections) {
    await nav.getByRole('link', { name: section, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
    await expectAccessible(page);
  }
});

test('the navigation works from the keyboard alone', async ({ casebook }) => {
  const { page } = casebook;
  await expect(page.getByRole('heading', { level: 2, name: 'Cases', exact: true })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  // The header's search box comes before the navigation, as it does on screen.
  await expect(page.getByRole('searchbox', { name: 'Search everything' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Cases' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Workshops', exact: true })).toBeVisible();
});

test('a link can never navigate the app away from itself', async ({ casebook }) => {
  const { page } = casebook;
  const origin = new URL(page.url()).origin;
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = '#/../../etc/passwd';
    a.textContent = 'odd';
    document.body.append(a);
    a.click();
  });
  expect(new URL(page.url()).origin).toBe(origin);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
});
