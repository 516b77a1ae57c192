import path from 'node:path';
import { BrowserWindow } from 'electron';
import { AUDIENCE_ROLE_ARG } from '../../shared/ipc/audience';
import { usesOsSpellChecker } from './security';

export interface MainWindowOptions {
  /** Folder holding the built preload (index.cjs). */
  preloadDir: string;
  /** app://casebook/index.html, or the dev server's URL in development. */
  entryUrl: string;
  /** DevTools exist only in development; a packaged app cannot open them at all. */
  devTools: boolean;
  /** A hash route to open on, e.g. `/workshops/<id>/audience`; the main window takes none. */
  route?: string;
  bounds?: { x: number; y: number; width: number; height: number };
  fullscreen?: boolean;
  title?: string;
  /** The projector window: its preload exposes only the reads it uses (see shared/ipc/audience.ts). */
  audience?: boolean;
}

/** The one window factory: every window is sandboxed, isolated and without Node. */
export function createMainWindow({
  preloadDir,
  entryUrl,
  devTools,
  route,
  bounds,
  fullscreen,
  title,
  audience,
}: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    ...bounds,
    minWidth: route ? 480 : 960,
    minHeight: route ? 320 : 600,
    fullscreen: fullscreen ?? false,
    show: false,
    title: title ?? 'Casebook',
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
      spellcheck: usesOsSpellChecker(process.platform),
      devTools,
      ...(audience ? { additionalArguments: [AUDIENCE_ROLE_ARG] } : {}),
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(route ? `${entryUrl}#${route}` : entryUrl);
  return window;
}
