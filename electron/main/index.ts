import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { WorkspaceInfo } from '../../shared/ipc/contracts/workspace';
import type { PickFilesOptions, SaveFileOptions } from '../services/context';
import { createServices, type Services } from '../services';
import { audiencePreloadDir, openAudienceWindow } from './audience-window';
import { installGuards } from './guards';
import { registerIpc } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow } from './window';
import { readWorkspaceDir, saveWorkspaceDir } from './workspace-config';

let services: Services | null = null;
let mainWindow: BrowserWindow | null = null;
let unsubscribe: () => void = () => undefined;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // A second copy would fight over the workspace: hand over to the first and leave.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox('Casebook could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}

async function openWorkspace(dir: string): Promise<Services> {
  const opened = await createServices({ workspaceDir: dir, shell: { chooseWorkspace, pickFiles, saveFile, openAudience } });
  unsubscribe();
  unsubscribe = opened.subscribe((event, payload) => mainWindow?.webContents.send(event, payload));
  return opened;
}

async function openAudience(workshopId: string): Promise<boolean> {
  return openAudienceWindow(audiencePreloadDir(), workshopId, mainWindow);
}

async function pickFiles(options: PickFilesOptions): Promise<string[]> {
  const dialogOptions: Electron.OpenDialogOptions = {
    title: options.title,
    filters: options.filters,
    properties: options.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  };
  const picked = mainWindow
    ? await dialog.showOpenDialog(mainWindow, dialogOptions)
    : await dialog.showOpenDialog(dialogOptions);
  return picked.canceled ? [] : picked.filePaths;
}

async function saveFile(options: SaveFileOptions): Promise<string | null> {
  const dialogOptions: Electron.SaveDialogOptions = {
    title: options.title,
    defaultPath: path.join(app.getPath('documents'), options.defaultName),
    filters: options.filters,
  };
  const chosen = mainWindow
    ? await dialog.showSaveDialog(mainWindow, dialogOptions)
    : await dialog.showSaveDialog(dialogOptions);
  return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
}

async function chooseWorkspace(): Promise<WorkspaceInfo | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Choose the Casebook workspace folder',
    properties: ['openDirectory', 'createDirectory'],
  };
  const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  const dir = picked.filePaths[0];
  if (picked.canceled || !dir) return null;
  // Open the new one first, so a locked or unreadable folder leaves the current one in use.
  const next = await openWorkspace(dir);
  const previous = services;
  services = next;
  await previous?.close();
  await saveWorkspaceDir(app.getPath('userData'), dir);
  mainWindow?.webContents.send('workspace:changed', { dir });
  return next.handlers['workspace:info']();
}

async function start(): Promise<void> {
  installGuards();
  serveRenderer(path.join(import.meta.dirname, '../renderer'));
  services = await openWorkspace(await readWorkspaceDir(app.getPath('userData')));
  registerIpc(() => services);
  mainWindow = createMainWindow(path.join(import.meta.dirname, '../preload'));
  mainWindow.on('closed', () => (mainWindow = null));
}

app.on('window-all-closed', () => app.quit());
/** Long enough for any real save to land; a disk that hangs longer must not keep the app open forever. */
const CLOSE_WAIT_MS = 15_000;

// Quit waits for the saves in flight and the workspace's close (journals drained, lock released)
// before the process ends: an acknowledged save is never cut short by quitting.
app.on('will-quit', (event) => {
  const open = services;
  if (!open) return;
  event.preventDefault();
  services = null;
  const timeout = new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref());
  void Promise.race([open.close(), timeout])
    .catch(() => undefined)
    .finally(() => app.quit());
});
