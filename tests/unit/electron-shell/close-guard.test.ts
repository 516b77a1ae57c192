import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FLUSH_REQUEST } from '../../../shared/ipc/shell';
import { resetFakeElectron, type FakeElectron } from '../helpers/fake-electron';

vi.mock('electron', () => import('../helpers/fake-electron').then((m) => m.electronModule));

const { guardClose } = await import('../../../electron/main/close-guard');

// Short times so the "still saving" and "no answer" paths run in milliseconds; real ones are 1 s / 15 s.
const times = { stillSavingAfterMs: 30, giveUpAfterMs: 400 };

let electron: FakeElectron;
beforeEach(() => {
  electron = resetFakeElectron();
});

/** A window with its close guarded, and a promise that settles when it has really closed. */
function guardedWindow() {
  const window = new electron.BrowserWindow({});
  const guard = guardClose(window as unknown as Electron.BrowserWindow, times);
  let isClosed = false;
  window.once('closed', () => (isClosed = true));
  return { window, guard, closed: () => isClosed };
}

const flushRequests = (window: { webContents: { sent: Array<{ channel: string }> } }) =>
  window.webContents.sent.filter((m) => m.channel === FLUSH_REQUEST).length;
const dialogTitles = () => electron.dialogCalls.map((call) => call.options.title);

describe('closing the window saves every pending field first', () => {
  it('asks the page to flush and closes once it answers that everything is saved, without a dialog', async () => {
    const { window, closed } = guardedWindow();
    window.webContents.flushBehaviour = 'manual';
    window.close();
    expect(closed()).toBe(false);
    expect(flushRequests(window)).toBe(1);
    window.webContents.reply(window.webContents.flushRequests[0], { saved: true, reason: null });
    await vi.waitFor(() => expect(closed()).toBe(true));
    expect(electron.dialogCalls).toHaveLength(0);
  });

  it('asks only once however often close is pressed meanwhile', async () => {
    const { window, closed } = guardedWindow();
    window.webContents.flushBehaviour = 'manual';
    window.close();
    window.close();
    window.close();
    expect(flushRequests(window)).toBe(1);
    window.webContents.reply(window.webContents.flushRequests[0], { saved: true, reason: null });
    await vi.waitFor(() => expect(closed()).toBe(true));
  });

  it('says "still saving" after a moment, and closes by itself when the save lands', async () => {
    const { window, closed } = guardedWindow();
    window.webContents.flushBehaviour = 'manual';
    electron.dialogAnswers.push('wait');
    window.close();
    await vi.waitFor(() => expect(dialogTitles()).toEqual(['Saving your last changes']));
    const shown = electron.dialogCalls[0].options;
    expect(shown.buttons).toEqual(['Keep Casebook open', 'Close without waiting']);
    expect(shown.cancelId).toBe(0);
    expect(closed()).toBe(false);
    window.webContents.reply(window.webContents.flushRequests[0], { saved: true, reason: null });
    await vi.waitFor(() => expect(closed()).toBe(true));
    expect((shown.signal as AbortSignal).aborted).toBe(true);
  });

  it('"Keep Casebook open" while still saving keeps the window, and the next close asks again', async () => {
    const { window, closed } = guardedWindow();
    window.webContents.flushBehaviour = 'manual';
    electron.dialogAnswers.push({ response: 0 });
    window.close();
    await vi.waitFor(() => expect(electron.dialogCalls).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed()).toBe(false);
    window.webContents.flushBehaviour = { saved: true, reason: null };
    window.close();
    await vi.waitFor(() => expect(closed()).toBe(true));
    expect(flushRequests(window)).toBe(2);
  });

  it('a save that failed is told with its reason; "Keep Casebook open" keeps the window, "Close anyway" closes', async () => {
    const { window, closed } = guardedWindow();
    window.webContents.flushBehaviour = { saved: false, reason: 'ENOSPC: no space left on device' };
    electron.dialogAnswers.push({ response: 0 });
    window.close();
    await vi.waitFor(() => expect(electron.dialogCalls).toHaveLength(1));
    const told = electron.dialogCalls[0].options;
    expect(told.title).toBe('Not everything is saved');
    expect(told.detail).toContain('ENOSPC: no space left on device');
    expect(told.buttons).toEqual(['Keep Casebook open', 'Close anyway']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed()).toBe(false);
    electron.dialogAnswers.push({ response: 1 });
    window.close();
    await vi.waitFor(() => expect(closed()).toBe(true));
  });

  it('a page that never answers is waited for only so long, then the person decides', async () => {
    const { window, closed } = guardedWindow();
    window.webContents.flushBehaviour = 'silent';
    electron.dialogAnswers.push('wait', { response: 1 });
    window.close();
    await vi.waitFor(() =>
      expect(dialogTitles()).toEqual(['Saving your last changes', 'Casebook could not confirm your changes are saved']),
    );
    expect(electron.dialogCalls[1].options.detail).toContain('did not answer within 0 seconds');
    await vi.waitFor(() => expect(closed()).toBe(true));
  });

  it('ignores an answer from another page, or to a request it never made', async () => {
    const { window, closed } = guardedWindow();
    const other = new electron.BrowserWindow({});
    window.webContents.flushBehaviour = 'manual';
    window.close();
    const [requestId] = window.webContents.flushRequests;
    other.webContents.reply(requestId, { saved: true, reason: null });
    window.webContents.reply('not-a-request', { saved: true, reason: null });
    for (const listener of electron.mainListeners.get('shell:flushed') ?? [])
      listener({ sender: window.webContents }, { requestId, saved: 'yes' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed()).toBe(false);
    window.webContents.reply(requestId, { saved: true, reason: null });
    await vi.waitFor(() => expect(closed()).toBe(true));
  });

  it('a page that has crashed cannot save anything: the window closes at once', async () => {
    const { window, closed } = guardedWindow();
    window.webContents.crashed = true;
    window.close();
    await vi.waitFor(() => expect(closed()).toBe(true));
    expect(flushRequests(window)).toBe(0);
  });

  it('settle() (used by quit) flushes once; after reset the next close flushes again', async () => {
    const { window, guard, closed } = guardedWindow();
    expect(await guard.settle()).toBe(true);
    expect(flushRequests(window)).toBe(1);
    guard.reset();
    window.close();
    await vi.waitFor(() => expect(closed()).toBe(true));
    expect(flushRequests(window)).toBe(2);
  });
});
