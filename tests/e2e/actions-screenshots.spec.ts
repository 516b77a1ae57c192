import path from 'node:path';
import { expect, test } from './fixtures';
import { addAction, addOrganisation, notificationsGone, raiseIssue } from './actions-helpers';

// `SCREENSHOTS=1 npx playwright test -c tests/e2e/playwright.config.ts actions-screenshots` refreshes them.
test.skip(!process.env.SCREENSHOTS, 'only when refreshing README screenshots');
test.setTimeout(180_000);

const out = (name: string) => path.resolve(import.meta.dirname, '../../resources/screenshots', `${name}.png`);

test('actions, issues, overview, library and search', async ({ casebook }) => {
  const { page } = casebook;
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Your name').fill('Gareth Example');
  await page.getByRole('button', { name: 'Save' }).click();
  await addOrganisation(page, 'Eastmoor Hospitals NHS Trust', 'East of England');
  await addOrganisation(page, 'Northvale Borough Council', 'North West');
  await addOrganisation(page, 'Riverside Schools Partnership', 'Wales');
  await addAction(page, {
    organisation: 'Eastmoor Hospitals NHS Trust',
    what: 'Joint communications plan',
    owner: 'Head of communications',
    due: '2026-06-30',
    status: 'Amber',
  });
  await addAction(page, {
    organisation: 'Eastmoor Hospitals NHS Trust',
    what: 'Training for new staff-side reps',
    owner: 'Staff side secretary',
    due: '2099-09-30',
  });
  await addAction(page, {
    organisation: 'Eastmoor Hospitals NHS Trust',
    what: 'Terms of reference review',
    owner: 'Forum chair',
    due: '2099-12-31',
  });
  await addAction(page, {
    organisation: 'Northvale Borough Council',
    what: 'Map Skills for Life needs in waste services',
    owner: 'HR business partner',
    due: '2026-01-31',
    status: 'Red',
  });
  await addAction(page, {
    organisation: 'Riverside Schools Partnership',
    what: 'Agree the remit review timetable',
    owner: 'LSP secretary',
    due: '2099-03-31',
    status: 'Done',
  });

  await page.getByRole('button', { name: 'Open Joint communications plan' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Progress note').fill('Draft shared with both sides; comms lead on leave until July.');
  await dialog.getByLabel('Status').selectOption({ label: 'Red' });
  await dialog.getByLabel('Progress note').press('Control+Enter');
  await expect(dialog).toBeHidden();
  await notificationsGone(page);
  await page.getByRole('button', { name: 'Open Joint communications plan' }).click();
  await page.screenshot({ path: out('action-detail') });
  await page.keyboard.press('Escape');
  await notificationsGone(page);
  await page.screenshot({ path: out('actions') });

  await raiseIssue(page, {
    organisation: 'Eastmoor Hospitals NHS Trust',
    title: 'Release time for reps during reorganisation',
    description: 'Staff-side reps cannot attend consultation meetings during the reorganisation.',
  });
  await raiseIssue(page, { organisation: 'Northvale Borough Council', title: 'Facility time for union learning reps' });
  await raiseIssue(page, {
    organisation: 'Eastmoor Hospitals NHS Trust',
    title: 'Contract hours dispute',
    description: 'One colleague disputes the hours in her contract after the restructure.',
    dispute: true,
  });
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click();
  await page.getByRole('button', { name: 'Open issue Release time for reps during reorganisation' }).click();
  const issue = page.getByRole('dialog');
  await issue.getByLabel('Option tried at local level').fill('Raised with the HR business partner; cover for reps not funded.');
  await issue.getByRole('button', { name: 'Record option' }).click();
  await issue.getByRole('checkbox', { name: /exhausted/ }).click();
  await issue.getByRole('button', { name: 'Escalate to regional level' }).click();
  await expect(issue.getByRole('heading', { name: 'Options tried at regional level' })).toBeVisible();
  await page.screenshot({ path: out('issue-detail') });
  await page.keyboard.press('Escape');
  await notificationsGone(page);
  await page.screenshot({ path: out('issue-log'), fullPage: true });

  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('row', { name: /Eastmoor/ })).toBeVisible();
  await page.screenshot({ path: out('overview'), fullPage: true });
  await page.getByRole('link', { name: 'Eastmoor Hospitals NHS Trust' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Eastmoor Hospitals NHS Trust' })).toBeVisible();
  await page.screenshot({ path: out('organisation-page'), fullPage: true });

  await page.getByRole('link', { name: 'Library' }).click();
  for (const [title, theme, summary] of [
    [
      'Learning centre open on every shift',
      'Flexibility in delivery',
      'Refuse crews joined sessions at the depot before the early shift; managers released staff for an hour.',
    ],
    [
      'Communicate early — no surprises',
      'Effective communications',
      'Joint briefings for both sides before every board paper, agreed at the partnership forum.',
    ],
  ]) {
    await page.getByRole('button', { name: 'Add case study' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Theme', { exact: true }).fill(theme);
    await form.getByLabel('Summary').fill(summary);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
  }
  await notificationsGone(page);
  await page.screenshot({ path: out('library') });
  await page.keyboard.press('Control+k');
  await page.keyboard.type('depot');
  await expect(page.getByRole('option', { name: /Learning centre/ })).toBeVisible();
  await page.screenshot({ path: out('search') });
});
