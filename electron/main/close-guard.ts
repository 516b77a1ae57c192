import { dialog, ipcMain, type BrowserWindow } from 'electron';
import { FLUSH_ANSWER, FLUSH_REQUEST, type FlushReport } from '../../shared/ipc/shell';
import { FlushRequests } from './flush-requests';
import { t } from './strings';

/** How long a close waits quietly, and how long at most, for the window's last saves. */
export interface CloseTimes {
  /** After this the "still saving" dialog shows (the save usually lands well before). */
  stillSavingAfterMs: number;
  /** After this the window is taken as not answering (hung or crashed). */
  giveUpAfterMs: number;
}

export const CLOSE_TIMES: CloseTimes = { stillSavingAfterMs: 1_000, giveUpAfterMs: 15_000 };

/** A main window's close, held until its renderer has saved every pending field. */
export interface CloseGuard {
  /** Flushes (once, however often asked) and answers whether the window may close. */
  settle: () => Promise<boolean>;
  /** The window stays after all (a quit that failed later): the next close flushes again. */
  reset: () => void;
}

const requests = new FlushRequests();
const listening = new WeakSet<object>();

/** Answers arrive on one channel for every window; each is matched to the window that was asked. */
function listen(): void {
  if (listening.has(ipcMain)) return;
  listening.add(ipcMain);
  ipcMain.on(FLUSH_ANSWER, (event, payload: unknown) => void requests.answer(payload, event.sender));
}

const ask = (window: BrowserWindow, giveUpAfterMs: number) => {
  const contents = window.webContents;
  const asked = requests.ask((request) => contents.send(FLUSH_REQUEST, request), giveUpAfterMs, contents);
  // A window whose page has gone can answer nothing: stop waiting at once.
  contents.once('render-process-gone', asked.cancel);
  contents.once('destroyed', asked.cancel);
  return asked.answer;
};

type Outcome = { report: FlushReport | null } | { choice: boolean };

/** Asks one question with "Keep Casebook open" (the default) and a way to close; true: close. */
async function confirmClose(
  window: BrowserWindow,
  title: string,
  message: string,
  closeLabel: string,
  signal?: AbortSignal,
): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title,
    message: title,
    detail: message,
    buttons: [t('close.keepOpen'), closeLabel],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
    ...(signal ? { signal } : {}),
  });
  return response === 1;
}

/** The whole close: ask, wait (showing "still saving" after a moment), and decide. */
async function flushBeforeClose(window: BrowserWindow, times: CloseTimes): Promise<boolean> {
  if (window.isDestroyed() || window.webContents.isDestroyed() || window.webContents.isCrashed()) return true;
  const answer = ask(window, times.giveUpAfterMs);
  let endQuiet: (value: undefined) => void = () => undefined;
  const quietWait = new Promise<undefined>((resolve) => (endQuiet = resolve));
  const quiet = setTimeout(() => endQuiet(undefined), times.stillSavingAfterMs);
  const first = await Promise.race([answer, quietWait]);
  clearTimeout(quiet);
  let report: FlushReport | null;
  if (first !== undefined) report = first;
  else {
    // Still saving: say so, and close by itself when the answer comes (the dialog goes away).
    const controller = new AbortController();
    const asked = confirmClose(window, t('close.savingTitle'), t('close.saving'), t('close.closeWithoutWaiting'), controller.signal);
    const outcome: Outcome = await Promise.race([answer.then((r) => ({ report: r })), asked.then((choice) => ({ choice }))]);
    if ('choice' in outcome) return outcome.choice;
    controller.abort();
    report = outcome.report;
  }
  if (report === null) {
    const seconds = String(Math.round(times.giveUpAfterMs / 1000));
    return confirmClose(window, t('close.noAnswerTitle'), t('close.noAnswer', { seconds }), t('close.closeAnyway'));
  }
  if (!report.saved) {
    return confirmClose(window, t('close.notSavedTitle'), t('close.notSaved', { reason: report.reason ?? '' }), t('close.closeAnyway'));
  }
  return true;
}

/**
 * Holds the window's close until every field typed in it is saved: the renderer is asked to
 * send what waits for its autosave pause and answers once main has acknowledged each save.
 * Quitting asks the same guard before the workspace closes (see lifecycle.ts).
 */
export function guardClose(window: BrowserWindow, times: CloseTimes = CLOSE_TIMES): CloseGuard {
  listen();
  let released = false;
  let settling: Promise<boolean> | null = null;
  const settle = () => {
    if (released) return Promise.resolve(true);
    settling ??= flushBeforeClose(window, times)
      // Something unexpected (a dialog on a window that went): close only a window already gone.
      .catch(() => window.isDestroyed())
      .then((ok) => {
        settling = null;
        released = ok;
        return ok;
      });
    return settling;
  };
  window.on('close', (event) => {
    if (released) return;
    event.preventDefault();
    void settle().then((ok) => {
      if (ok && !window.isDestroyed()) window.close();
    });
  });
  return { settle, reset: () => void (released = false) };
}
