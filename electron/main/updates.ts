import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { errorText, t } from './strings';

/** The part of electron-updater's AppUpdater that Casebook uses. */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  checkForUpdates(): Promise<{ isUpdateAvailable: boolean; updateInfo: { version: string } } | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(): void;
}

export interface UpdateDeps {
  /** Loaded only when the user asks, so start-up never touches the network. */
  loadUpdater: () => Promise<Updater>;
  currentWindow: () => BrowserWindow | null;
}

async function ask(window: BrowserWindow | null, options: Electron.MessageBoxOptions): Promise<number> {
  const result = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  return result.response;
}

/**
 * Help → Check for updates. Nothing happens without the user: no background checks, no
 * automatic download, no install on quit; each step asks first and says what went wrong.
 */
export async function checkForUpdatesByUser({ loadUpdater, currentWindow }: UpdateDeps): Promise<void> {
  const window = currentWindow();
  const tell = (message: string, type: 'info' | 'warning' = 'info') =>
    ask(window, { type, title: t('updates.title'), message, buttons: [t('updates.ok')] });
  if (!app.isPackaged) return void (await tell(t('updates.notInstalled')));
  // electron-builder writes app-update.yml only when the build had a publish target.
  if (!existsSync(path.join(process.resourcesPath, 'app-update.yml'))) return void (await tell(t('updates.noSource')));
  let updater: Updater;
  let found: Awaited<ReturnType<Updater['checkForUpdates']>>;
  try {
    updater = await loadUpdater();
    updater.autoDownload = false;
    updater.autoInstallOnAppQuit = false;
    found = await updater.checkForUpdates();
  } catch (error) {
    return void (await tell(t('updates.failed', { message: errorText(error) }), 'warning'));
  }
  const current = app.getVersion();
  if (!found?.isUpdateAvailable) return void (await tell(t('updates.latest', { version: current })));
  const version = found.updateInfo.version;
  const download = await ask(window, {
    type: 'question',
    title: t('updates.title'),
    message: t('updates.available', { version, current }),
    buttons: [t('updates.download'), t('updates.notNow')],
    defaultId: 1,
    cancelId: 1,
  });
  if (download !== 0) return;
  try {
    await updater.downloadUpdate();
  } catch (error) {
    return void (await tell(t('updates.downloadFailed', { message: errorText(error) }), 'warning'));
  }
  const restart = await ask(window, {
    type: 'question',
    title: t('updates.title'),
    message: t('updates.ready', { version }),
    buttons: [t('updates.restart'), t('updates.later')],
    defaultId: 1,
    cancelId: 1,
  });
  // quitAndInstall goes through before-quit, so the workspace is closed (drained) first.
  if (restart === 0) updater.quitAndInstall();
}

/** The real updater, imported lazily (electron-updater reads app-update.yml when created). */
export async function loadElectronUpdater(): Promise<Updater> {
  const { autoUpdater } = await import('electron-updater');
  return autoUpdater;
}
