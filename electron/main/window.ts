import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './security';

/** Where a window opens and what it shows; the main window takes the defaults. */
export interface WindowOptions {
  /** A hash route, e.g. `/workshops/<id>/audience`. */
  route?: string;
  bounds?: { x: number; y: number; width: number; height: number };
  fullscreen?: boolean;
  title?: string;
}

/** The one window factory: every window is sandboxed, isolated and without Node. */
export function createMainWindow(preloadDir: string, options: WindowOptions = {}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    ...options.bounds,
    minWidth: options.route ? 480 : 960,
    minHeight: options.route ? 320 : 600,
    fullscreen: options.fullscreen ?? false,
    show: false,
    title: options.title ?? 'Casebook',
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
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html${options.route ? `#${options.route}` : ''}`);
  return window;
}
