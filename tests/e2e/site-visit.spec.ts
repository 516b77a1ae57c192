import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

// Priya's day at a 1366×768 council laptop, keyboard only: every control is reached with focus()
// (what Tab would do) or a shortcut, and operated with keys. The host's clock is pinned, so the
// visit day recorded is known without depending on today's date.
test.use({ viewport: { width: 1366, height: 768 } });
test.beforeAll(() => {
  process.env.CASEBOOK_HOST_NOW = '2026-12-02T09:15:00Z';
});
test.afterAll(() => {
  delete process.env.CASEBOOK_HOST_NOW;
});

const press = async (target: Locator, key = 'Enter') => {
  await target.focus();
  await target.page().keyboard.press(key);
};
const saved = (page: Page) => expect(page.getByRole('banner').getByRole('status')).toHaveText('Saved');

/** Nothing on the page scrolls but the work column; the way out is whole on screen. */
async function expectFitsTheScreen(page: Page) {
  const sizes = await page.evaluate(() => ({
    scroll: document.scrollingElement?.scrollHeight ?? 0,
    height: window.innerHeight,
    width: document.scrollingElement?.scrollWidth ?? 0,
    innerWidth: window.innerWidth,
  }));
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.height);
  expect(sizes.width).toBeLessThanOrEqual(sizes.innerWidth);
  const leave = await page.getByRole('link', { name: 'Leave site-visit mode' }).boundingBox();
  expect(leave).not.toBeNull();
  expect(leave!.y).toBeGreaterThanOrEqual(0);
  expect(leave!.y + leave!.height).toBeLessThanOrEqual(768);
}

test('the site-visit day at 1366×768, keyboard only', async ({ casebook }) => {
  test.setTimeout(120_000);
  const { page } = casebook;
  await press(page.getByRole('button', { name: 'Load demo workspace' }));
  await expect(page.getByText('Showing 4 of 4 cases')).toBeVisible();
  await press(page.getByRole('link', { name: 'Northvale Borough Council' }));

  // The week before: R9 is partly met, and its note is a question for the visit.
  await press(page.getByRole('tab', { name: 'Action plan' }));
  await expect(page.getByLabel('R9 status')).toHaveValue('partly_met');
  await expect(page.getByRole('checkbox', { name: 'R9: ask at the visit' })).toBeChecked();
  // No visit day yet: the demo's is removed, so entering the mode must record one.
  await press(page.getByRole('tab', { name: 'Assessment' }));
  await press(page.getByRole('button', { name: 'Remove visit day 1' }));
  await expect(page.getByText('No visit day yet')).toBeVisible();
  await saved(page);

  await press(page.getByRole('link', { name: 'Site-visit mode' }));
  await expect(page.getByRole('heading', { name: 'Site visit — Northvale Borough Council' })).toBeVisible();
  await expect(page.getByText('Visit: 2 Dec 2026')).toBeVisible();
  await expect(page.getByText('Visit day recorded: 2 Dec 2026')).toBeVisible();
  // Focus starts on the open criterion's first field, not the page body.
  await expect(page.getByLabel('C1 judgement')).toBeFocused();
  await expect(page.getByRole('banner').getByRole('status')).toHaveCount(1);
  await expect(page.getByText('Saved', { exact: true })).toHaveCount(1);
  const rail = page.getByRole('navigation', { name: 'Criteria' });
  await expect(rail.getByRole('button')).toHaveCount(6);
  await expectFitsTheScreen(page);

  // Her questions: the criterion's prompts beside it, and the action plan's R9 question.
  await page.keyboard.press('Alt+Digit2');
  await expect(page.getByLabel('C2 rationale')).toBeFocused();
  await expect(page.getByRole('region', { name: 'Questions for C2' })).toContainText('workforce plan and in directorate service plans');
  await expect(page.getByRole('region', { name: 'Questions from the action plan' })).toContainText('who reports progress, and to whom?');

  // An interview note, answering a question: the answer is linked to the note being typed.
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByLabel('Interviewee name')).toBeFocused();
  await page.keyboard.type('Nadia Brook');
  await expect(page.getByText(/^Started 2 Dec 2026, \d\d:\d\d$/)).toBeVisible();
  await press(page.getByLabel('Interview notes', { exact: true }), 'End');
  await page.keyboard.type('Directorate plans for 2027 will carry a Skills for Life line.');
  await page.keyboard.press('Alt+KeyQ');
  const firstQuestion = page.getByRole('region', { name: 'Questions for C2' }).getByRole('checkbox').first();
  await expect(firstQuestion).toBeFocused();
  await page.keyboard.press('Space');
  await expect(firstQuestion).toBeChecked();
  await press(page.getByRole('region', { name: 'Questions from the action plan' }).getByRole('checkbox').first(), 'Space');
  await saved(page);
  await expect(page.getByRole('group', { name: 'Linked criteria' }).getByRole('checkbox', { name: /^C2 / })).toBeChecked();
  await expect(rail.getByRole('button', { name: /C2/ })).toContainText('1/2 asked');

  // Alt+E asks the kind (one digit), then the source takes the typing.
  await page.keyboard.press('Alt+KeyE');
  await expect(page.getByRole('dialog', { name: /What kind of evidence/ })).toBeVisible();
  await page.keyboard.press('Digit3');
  await expect(page.getByLabel('Source (who or what)')).toBeFocused();
  await expect(page.getByLabel('Kind')).toHaveValue('observation');
  await page.keyboard.type('Learning centre timetable');
  // Alt+A attaches files to the open evidence: two keys, not twelve Tabs.
  await casebook.queuePick([path.resolve(import.meta.dirname, '../../resources/screenshots/cases-empty.png')]);
  await page.keyboard.press('Alt+KeyA');
  await expect(page.getByRole('img', { name: 'Preview of cases-empty.png' })).toBeVisible();
  await saved(page);
  await expectFitsTheScreen(page);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('site-visit-1366.png') });
  if (process.env.SCREENSHOTS) {
    // The README shows the top of the work column: the open criterion, its questions and the note.
    await page.getByRole('region', { name: 'Open criterion, interviews and evidence' }).evaluate((el) => el.scrollTo(0, 0));
    await page
      .getByText(/What kind of evidence|Visit day recorded/)
      .first()
      .waitFor({ state: 'hidden' });
    await page.screenshot({ path: path.resolve(import.meta.dirname, '../../resources/screenshots/site-visit-1366.png') });
  }

  // Undo for every delete: an attachment, then the interview note (answers and all) come back.
  await press(page.getByRole('button', { name: 'Remove cases-empty.png' }));
  await expect(page.getByText('cases-empty.png removed from the evidence.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Preview of cases-empty.png' })).toHaveCount(0);
  await page.keyboard.press('Control+KeyZ');
  await expect(page.getByRole('img', { name: 'Preview of cases-empty.png' })).toBeVisible();
  await press(page.getByRole('button', { name: 'Delete this interview note' }));
  await expect(page.getByText('Interview note with Nadia Brook deleted.')).toBeVisible();
  await expect(page.getByLabel('Interviewee name')).toHaveCount(0);
  await page.keyboard.press('Control+KeyZ');
  await expect(page.getByLabel('Interviewee name')).toHaveValue('Nadia Brook');
  await expect(page.getByRole('region', { name: 'Questions for C2' }).getByRole('checkbox').first()).toBeChecked();
  // Escape closes the offer; Ctrl+Z then does nothing, and the delete stands.
  await press(page.getByRole('button', { name: 'Delete this evidence' }));
  await expect(page.getByText('Evidence “Learning centre timetable” deleted.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('Evidence “Learning centre timetable” deleted.')).toHaveCount(0);
  await page.keyboard.press('Control+KeyZ');
  await expect(page.getByRole('heading', { name: 'Evidence (6)' })).toBeVisible();
  await saved(page);

  // Back in the case: the recorded day can be corrected with the date picker, typed day first.
  await press(page.getByRole('link', { name: 'Leave site-visit mode' }));
  await press(page.getByRole('tab', { name: 'Assessment' }));
  const day = page.getByRole('textbox', { name: /^Visit day 1/ });
  await expect(day).toHaveValue('2 Dec 2026');
  await day.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('01/12/2026');
  await page.keyboard.press('Tab');
  await saved(page);
  await expect(page.getByRole('textbox', { name: /^Visit day 1/ })).toHaveValue('1 Dec 2026');
  await press(page.getByRole('tab', { name: 'Recommendation' }));
  await expect(
    page.getByText(/R9 State how the action plan will be monitored — partly met \(partly met counts as not met for the full award\)/),
  ).toBeVisible();
  await expectAccessible(page);
});
