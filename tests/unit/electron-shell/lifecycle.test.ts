import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeEvent, resetFakeElectron, type FakeElectron } from '../helpers/fake-electron';

vi.mock('electron', () => import('../helpers/fake-electron').then((m) => m.electronModule));

const { drainBeforeQuit } = await import('../../../electron/main/lifecycle');

let electron: FakeElectron;
beforeEach(() => {
  electron = resetFakeElectron();
});

/** A close the test finishes by hand, to see what happens while it is still running. */
function heldClose() {
  let finish: (error?: Error) => void = () => undefined;
  const close = vi.fn(() => new Promise<void>((resolve, reject) => (finish = (error) => (error ? reject(error) : resolve()))));
  return { close, finish: (error?: Error) => finish(error) };
}

describe('quitting drains the workspace first', () => {
  it('holds every quit back until close has finished, and closes only once', async () => {
    const { close, finish } = heldClose();
    drainBeforeQuit({ flush: async () => true, close, reopen: vi.fn() });
    const first = fakeEvent();
    electron.app.emit('before-quit', first);
    const second = fakeEvent();
    electron.app.emit('before-quit', second);
    expect([first.defaultPrevented, second.defaultPrevented]).toEqual([true, true]);
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(electron.app.quitCalls).toBe(0);
    finish();
    await vi.waitFor(() => expect(electron.app.quitCalls).toBe(1));
  });

  it('when close fails, asks; "Keep Casebook open" keeps it running and shows the window', async () => {
    const { close, finish } = heldClose();
    const reopen = vi.fn();
    drainBeforeQuit({ flush: async () => true, close, reopen });
    electron.dialogAnswers.push({ response: 0 });
    electron.app.emit('before-quit', fakeEvent());
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    finish(new Error('ENOSPC: no space left on device'));
    await vi.waitFor(() => expect(reopen).toHaveBeenCalledTimes(1));
    expect(electron.app.quitCalls).toBe(0);
    const asked = electron.dialogCalls[0].options;
    expect(asked.message).toContain('ENOSPC: no space left on device');
    expect(asked.buttons).toEqual(['Keep Casebook open', 'Quit anyway']);
    expect(asked.cancelId).toBe(0);
    // A later quit tries to close again.
    electron.app.emit('before-quit', fakeEvent());
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(2));
  });

  it('when close fails, "Quit anyway" quits', async () => {
    drainBeforeQuit({ flush: async () => true, close: () => Promise.reject(new Error('disk gone')), reopen: vi.fn() });
    electron.dialogAnswers.push({ response: 1 });
    electron.app.emit('before-quit', fakeEvent());
    await vi.waitFor(() => expect(electron.app.quitCalls).toBe(1));
  });
});

describe('quitting saves the window’s pending fields first', () => {
  it('flushes before the workspace closes, and closes nothing when the person keeps Casebook open', async () => {
    const order: string[] = [];
    let keepOpen = true;
    const close = vi.fn(async () => void order.push('close'));
    const flush = async () => {
      order.push('flush');
      return !keepOpen;
    };
    drainBeforeQuit({ flush, close, reopen: vi.fn() });
    electron.app.emit('before-quit', fakeEvent());
    await vi.waitFor(() => expect(order).toEqual(['flush']));
    await new Promise((resolve) => setImmediate(resolve));
    expect(close).not.toHaveBeenCalled();
    expect(electron.app.quitCalls).toBe(0);
    // The quit was cancelled, not stuck: the next quit asks again, and this time closes.
    keepOpen = false;
    const again = fakeEvent();
    electron.app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(electron.app.quitCalls).toBe(1));
    expect(order).toEqual(['flush', 'flush', 'close']);
  });
});
