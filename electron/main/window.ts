import path from 'node:path';
import { BrowserWindow } from 'electron';

export interface MainWindowOptions {
  /** Folder holding the built preload (index.cjs). */
  preloadDir: string;
  /** app://casebook/index.html, or the dev server's URL in development. */
  entryUrl: string;
  /** DevTools exist only in development; a packaged app cannot open them at all. */
  devTools: boolean;
}

/** The one window factory: every window is sandboxed, isolated and without Node. */
export function createMainWindow({ preloadDir, entryUrl, devTools }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Casebook',
    backgroundColor: '#f8f9fa',
    webPreferences: {
      preload: path.join(preloadDir, 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
      devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entryUrl);
  return window;
}
