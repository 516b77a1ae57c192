import { expect, expectAccessible, test } from './fixtures';
import { newWorkshop } from './workshop-helpers';

test('trimming a later item to absorb an overrun reads "on time" against the plan as circulated; the projector shows the new length', async ({
  casebook,
}) => {
  test.setTimeout(90_000);
  const { page } = casebook;
  const at = (time: string) => page.clock.setFixedTime(new Date(`2026-03-16T${time}`));
  await at('09:59:00');
  await page.reload();
  await newWorkshop(page);
  await page.getByRole('link', { name: 'Live mode' }).click();
  // Welcome 10 + tables 60 + feedback 30 + tips 10 + actions 20 + close 5: planned end 12:15.
  await expect(page.getByTestId('projected-end')).toHaveText('Finishes 12:15 (planned 12:15) · on time');

  await at('10:00:00');
  await page.getByRole('button', { name: 'Start' }).click();
  const [audience] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Open projector window' }).click(),
  ]);
  await expect(audience.getByText('What does good look like? Table discussions (60 min)')).toBeVisible();

  // The welcome overruns by 8 minutes.
  await at('10:18:00');
  await page.keyboard.press('Alt+N');
  await expect(page.getByTestId('projected-end')).toHaveText('Finishes 12:23 (planned 12:15) · 8 min late');

  // By keyboard: −5 on the feedback item, then type 27 minutes for it.
  const shorten = page.getByRole('button', { name: 'Shorten “Feedback from tables and ratings” by 5 minutes' });
  await shorten.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('projected-end')).toHaveText('Finishes 12:18 (planned 12:15) · 3 min late');
  const minutes = page.getByRole('textbox', { name: 'Minutes for “Feedback from tables and ratings”' });
  await expect(minutes).toHaveValue('25');
  await minutes.fill('22');
  await minutes.press('Enter');
  await expect(page.getByTestId('projected-end')).toHaveText('Finishes 12:15 (planned 12:15) · on time');
  await expectAccessible(page);

  // The projector shows the new length once the item is next.
  await page.getByRole('button', { name: 'Lengthen “What does good look like? Table discussions” by 5 minutes' }).click();
  await expect(page.getByTestId('projected-end')).toHaveText('Finishes 12:20 (planned 12:15) · 5 min late');
  await expect(audience.getByText('Next: Feedback from tables and ratings (22 min)')).toBeVisible();
  await at('11:23:00');
  await page.keyboard.press('Alt+N');
  // Once it is the current item, the projector counts down its trimmed length.
  await expect(audience.getByRole('heading', { name: 'Feedback from tables and ratings', level: 2 })).toBeVisible();
  await expect(audience.getByTestId('audience-countdown')).toHaveText('22:00');
});
