import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';

// Nothing typed is lost when the window closes, and "Saved" means every field is saved.
// closeWindow() runs the desktop shell's close path on the browser host: main asks the page to
// save every pending field and waits for its answer (electron/main/close-guard.ts).

test.skip(process.env.E2E_TARGET === 'electron', 'closeWindow drives the browser host');

interface Api {
  organisations: { create: (input: unknown) => Promise<{ ok: true; data: { id: string } }> };
  cases: { create: (input: unknown) => Promise<{ ok: true; data: { id: string } }> };
  workshops: { create: (input: unknown) => Promise<{ ok: true; data: { id: string } }> };
}

/** A case and a workshop made through the real channels. */
async function newRecords(page: Page): Promise<{ caseId: string; workshopId: string }> {
  return page.evaluate(async () => {
    const api = (window as unknown as { api: Api }).api;
    const org = await api.organisations.create({ name: 'Northvale Borough Council', type: 'local_authority', region: 'North West' });
    const created = await api.cases.create({ organisationId: org.data.id, assessor: 'Priya Assessor' });
    const workshop = await api.workshops.create({
      templateId: 'what-good-looks-like',
      details: {
        title: 'Partnership review',
        organisationId: null,
        date: '2026-03-16',
        venue: '',
        startTime: '10:00',
        facilitator: '',
        sessionMinutes: null,
      },
    });
    return { caseId: created.data.id, workshopId: workshop.data.id };
  });
}

const status = (page: Page) => page.getByRole('banner').getByRole('status');
const isCall = (request: Request, channel: string) => decodeURIComponent(request.url()).endsWith(`/__host/call/${channel}`);

async function openCase(page: Page, id: string) {
  await page.goto(new URL(`#/cases/${id}`, page.url()).toString());
  await page.getByRole('tab', { name: 'Action plan' }).click();
}

test('closing the window mid-typing saves every character, in a case and in a workshop', async ({ casebook }) => {
  let page = casebook.page;
  const { caseId, workshopId } = await newRecords(page);
  await openCase(page, caseId);

  // Two fields typed into without a pause; the window closes straight after the last key.
  const analysis = 'Depot staff work weekends; learning is planned a month ahead — “ŵyr” and “ŷd” too. ';
  const steering = 'Chief executive, two union reps, the HR lead';
  await page.getByLabel('Analysis of need').pressSequentially(analysis);
  await page.getByLabel('Steering group members').pressSequentially(steering);
  const typedAt = Date.now();
  const closed = await casebook.closeWindow();
  expect(closed).toEqual({ answered: true, saved: true, reason: null });
  // Without the close's flush, the tail still waiting for its 300 ms pause would die with the kill below.
  test.info().annotations.push({ type: 'close', description: `answered ${Date.now() - typedAt} ms after the last key` });

  // A dead battery right after: nothing more can be saved, so what follows was saved by the close.
  page = await casebook.crashAndRestart();
  await openCase(page, caseId);
  await expect(page.getByLabel('Analysis of need')).toHaveValue(analysis);
  await expect(page.getByLabel('Steering group members')).toHaveValue(steering);

  // The same for a workshop's details and an agenda item (the same autosave).
  await page.goto(new URL(`#/workshops/${workshopId}`, page.url()).toString());
  await page.getByLabel('Venue').pressSequentially('Board room, Eastmoor');
  // An agenda item's notes sit behind its details toggle (compact cards).
  const moreDetails = page.getByRole('button', { name: /^More details for / }).first();
  await moreDetails.click();
  await page.getByLabel('Notes', { exact: true }).pressSequentially('Bring the sign-in sheet');
  expect(await casebook.closeWindow()).toMatchObject({ answered: true, saved: true });
  page = await casebook.crashAndRestart();
  await page.goto(new URL(`#/workshops/${workshopId}`, page.url()).toString());
  await expect(page.getByLabel('Venue')).toHaveValue('Board room, Eastmoor');
  await page
    .getByRole('button', { name: /^More details for / })
    .first()
    .click();
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('Bring the sign-in sheet');
});

test('one field failing to save keeps the header from saying Saved, though another field saves', async ({ casebook }) => {
  const { page } = casebook;
  const { caseId } = await newRecords(page);
  await openCase(page, caseId);

  // The disk refuses the analysis (once); everything else goes through.
  let failAnalysis = true;
  await page.route(
    (url) => decodeURIComponent(url.href).endsWith('/__host/call/cases:updateActionPlan'),
    async (route) => {
      if (failAnalysis && route.request().postData()?.includes('analysisOfNeed')) {
        await route.fulfill({ json: { ok: false, error: { code: 'io_error', message: 'The disk could not be written' } } });
      } else await route.continue();
    },
  );
  await page.getByLabel('Analysis of need').fill('Depot staff work weekends');
  await expect(status(page)).toContainText('Not saved — The disk could not be written');
  await page.getByLabel('Steering group members').fill('Chief executive');
  // The steering group's save lands after the failure: the header still says the analysis is not saved.
  await page.waitForResponse(
    (response) => isCall(response.request(), 'cases:updateActionPlan') && response.request().postData()?.includes('steeringGroup') === true,
  );
  await expect(status(page)).toContainText('Not saved — The disk could not be written');
  await expect(status(page)).not.toHaveText('Saved');

  // Closing now is told that something is not saved, and why.
  expect(await casebook.closeWindow()).toEqual({ answered: true, saved: false, reason: 'The disk could not be written' });

  // Retry sends the analysis as it is now; then, and only then, Saved.
  failAnalysis = false;
  await status(page).getByRole('button', { name: 'Retry' }).click();
  await expect(status(page)).toHaveText('Saved');
  await page.reload();
  await page.getByRole('tab', { name: 'Action plan' }).click();
  await expect(page.getByLabel('Analysis of need')).toHaveValue('Depot staff work weekends');
});

const languages = [
  { code: 'en-GB', tab: 'Action plan', field: 'Analysis of need', closing: 'Saving before closing…', saved: 'Saved' },
  { code: 'cy', tab: 'Cynllun gweithredu', field: 'Dadansoddiad o’r angen', closing: 'Wrthi’n cadw cyn cau…', saved: 'Wedi’i gadw' },
];
for (const language of languages) {
  test(`while the last save is still on its way the header says so, and the close waits for it (${language.code})`, async ({
    casebook,
  }) => {
    const { page } = casebook;
    const { caseId } = await newRecords(page);
    if (language.code === 'cy') {
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByLabel('Interface language').selectOption('cy');
      await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    }
    await page.goto(new URL(`#/cases/${caseId}`, page.url()).toString());
    await page.getByRole('tab', { name: language.tab }).click();

    // Hold the save back until the "still saving" state has been seen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => decodeURIComponent(url.href).endsWith('/__host/call/cases:updateActionPlan'),
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.getByLabel(language.field).pressSequentially('Weekend rota');
    const closing = casebook.closeWindow();
    await expect(status(page)).toHaveText(language.closing);
    await page.screenshot({ path: test.info().outputPath(`still-saving-${language.code}.png`) });
    release();
    expect(await closing).toEqual({ answered: true, saved: true, reason: null });
    await expect(status(page)).toHaveText(language.saved);
  });
}
