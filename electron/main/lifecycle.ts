import { app, dialog, type BrowserWindow } from 'electron';
import { errorText, t } from './strings';

/**
 * Only one Casebook runs at a time (two would fight over the workspace). Returns false in a
 * second copy, which should then quit; the first copy brings its window forward.
 */
export function claimSingleInstance(currentWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = currentWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  return true;
}

export interface QuitOptions {
  /**
   * Asks the open window to save every pending field first (see close-guard.ts); false when the
   * person chose to keep Casebook open, which cancels the quit.
   */
  flush: () => Promise<boolean>;
  /** Closes the workspace: drains pending writes and releases the lock. */
  close: () => Promise<void>;
  /** Shows a window again when the user chooses to stay after a failed close. */
  reopen: () => void;
}

/**
 * Quitting waits for the window's pending fields to be saved, then for the workspace to close.
 * The first `before-quit` is held back until both finish; if the close fails the user decides
 * whether to stay (nothing lost) or quit anyway.
 */
export function drainBeforeQuit({ flush, close, reopen }: QuitOptions): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    const closeIfFlushed = async () => {
      if (await flush()) return close().then(() => true);
      return false;
    };
    void closeIfFlushed().then(
      (closed) => {
        if (!closed) {
          // The person chose to keep Casebook open (or a field is not saved): stay as we are.
          state = 'running';
          return;
        }
        state = 'closed';
        app.quit();
      },
      async (error: unknown) => {
        const message = errorText(error);
        const { response } = await dialog.showMessageBox({
          type: 'warning',
          title: t('quit.failedTitle'),
          message: t('quit.failed', { message }),
          buttons: [t('quit.stay'), t('quit.quitAnyway')],
          defaultId: 0,
          cancelId: 0,
        });
        if (response === 1) {
          state = 'closed';
          app.quit();
        } else {
          state = 'running';
          reopen();
        }
      },
    );
  });
}
