import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, dialog, Menu, safeStorage, session as electronSession, shell, type BrowserWindow } from 'electron';
import { openAudienceWindow, type WindowBase } from './audience-window';
import { installGuards } from './guards';
import { registerIpc } from './ipc';
import { claimSingleInstance, drainBeforeQuit } from './lifecycle';
import { buildMenuTemplate } from './menu-template';
import { registerAppScheme, serveRenderer } from './protocol';
import { APP_ORIGIN, rendererOrigins, usesOsSpellChecker } from './security';
import { errorText, setShellLanguage, t } from './strings';
import { guardClose, type CloseGuard } from './close-guard';
import { checkForUpdatesByUser, loadElectronUpdater, type Updater } from './updates';
import { createMainWindow } from './window';
import { readWorkspaceDir, rememberLanguage, startLanguage } from './workspace-config';
import { WorkspaceSession } from './workspace-session';
import { safeStorageSecrets } from './region-secrets';

export interface AppOptions {
  /** Folder of the built main bundle (out/main); preload and renderer sit beside it. */
  mainDir: string;
  env?: NodeJS.ProcessEnv;
  loadUpdater?: () => Promise<Updater>;
}

/** Where fonts and the guide are: resources/ in a checkout, the installer's resources when packaged. */
export function resourcesDir(mainDir: string, isPackaged: boolean): string {
  return isPackaged ? process.resourcesPath : path.resolve(mainDir, '../../resources');
}

/** Starts the desktop app. Called once, from index.ts. */
export function runApp({ mainDir, env = process.env, loadUpdater = loadElectronUpdater }: AppOptions): void {
  registerAppScheme();
  let mainWindow: BrowserWindow | null = null;
  const currentWindow = () => mainWindow;
  // A second copy would fight over the workspace: hand over to the first and leave.
  if (!claimSingleInstance(currentWindow)) return void app.quit();

  // Services find the bundled fonts through this (a packaged app has no checkout to walk up).
  env.CASEBOOK_RESOURCES ??= resourcesDir(mainDir, app.isPackaged);
  const origins = rendererOrigins(env.ELECTRON_RENDERER_URL, app.isPackaged);
  const devServer = origins.length > 1 ? env.ELECTRON_RENDERER_URL : undefined;
  const windowBase: WindowBase = {
    preloadDir: path.join(mainDir, '../preload'),
    entryUrl: devServer ?? `${APP_ORIGIN}/index.html`,
    devTools: !app.isPackaged,
  };
  const openAudience = async (workshopId: string) => openAudienceWindow(windowBase, workshopId, mainWindow);
  // Menus and dialogs speak the language chosen in Settings, from the moment it is chosen.
  const session = new WorkspaceSession(
    app.getPath('userData'),
    currentWindow,
    openAudience,
    (language) => {
      if (setShellLanguage(language) && app.isReady()) setMenu();
      // Remembered for the next start, whose workspace may not open (locked, unreadable).
      void rememberLanguage(app.getPath('userData'), language).catch(() => undefined);
    },
    // Region passwords: the operating system's secure storage, never a plain file.
    safeStorageSecrets(app.getPath('userData'), safeStorage),
  );

  let closeGuard: CloseGuard | null = null;
  const openWindow = () => {
    const window = createMainWindow(windowBase);
    mainWindow = window;
    // Nothing typed is lost on close: the window saves every pending field first.
    const guard = guardClose(window);
    closeGuard = guard;
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
      if (closeGuard === guard) closeGuard = null;
    });
  };
  const guide = path.join(app.isPackaged ? process.resourcesPath : path.resolve(mainDir, '../..'), 'README.md');
  const openGuide = () => {
    if (existsSync(guide)) return void shell.openPath(guide);
    dialog.showErrorBox(t('readme.missingTitle'), t('readme.missing', { path: guide }));
  };
  const about = () => {
    app.setAboutPanelOptions({ applicationName: 'Casebook', applicationVersion: app.getVersion(), credits: t('about.credits') });
    app.showAboutPanel();
  };

  const setMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          development: !app.isPackaged,
          actions: {
            chooseWorkspace: () =>
              void session.choose().catch((error: unknown) => dialog.showErrorBox(t('menu.chooseWorkspace'), errorText(error))),
            about,
            openGuide,
            checkForUpdates: () => void checkForUpdatesByUser({ loadUpdater, currentWindow }),
          },
        }),
      ),
    );

  const start = async () => {
    installGuards(origins);
    // Where Electron has no OS spellchecker it would download dictionaries: keep it off there.
    if (!usesOsSpellChecker(process.platform)) electronSession.defaultSession.setSpellCheckerEnabled(false);
    serveRenderer(path.join(mainDir, '../renderer'));
    // Before the workspace opens (it may not), menus and dialogs speak the language last chosen
    // on this computer, else the system's; the workspace's profile takes over once it is read.
    setShellLanguage(await startLanguage(app.getPath('userData'), systemLanguages()));
    // A workspace that cannot open (locked elsewhere, unreadable) is not fatal: the window shows
    // why and lets the user retry, open anyway, choose another folder or restore a backup.
    await session.open(await readWorkspaceDir(app.getPath('userData'), env));
    registerIpc((channel, input) => session.dispatch(channel, input), origins);
    setMenu();
    openWindow();
  };

  drainBeforeQuit({
    flush: () => closeGuard?.settle() ?? Promise.resolve(true),
    close: () => session.close(),
    reopen: () => {
      closeGuard?.reset();
      if (!mainWindow) openWindow();
    },
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(t('startup.failedTitle'), errorText(error));
      app.exit(1);
    });
}

/** The operating system's languages, most preferred first (Electron reads them from the OS). */
function systemLanguages(): string[] {
  const preferred = app.getPreferredSystemLanguages();
  return preferred.length > 0 ? preferred : [app.getLocale()];
}
