import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fake, resetFakeElectron } from './helpers/fake-electron';

vi.mock('electron', () => import('./helpers/fake-electron').then((m) => m.electronModule));

const { createMainWindow } = await import('../../electron/main/window');

describe('window factory security baseline', () => {
  it.each([true, false])('sets every webPreferences guard (devTools: %s)', (devTools) => {
    resetFakeElectron();
    const window = createMainWindow({ preloadDir: '/app/out/preload', entryUrl: 'app://casebook/index.html', devTools });
    expect(fake().windows).toEqual([window]);
    expect(fake().windows[0].options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // Only macOS's own checker: elsewhere Electron would download dictionaries.
      spellcheck: process.platform === 'darwin',
      devTools,
    });
    expect(fake().windows[0].loadedUrl).toBe('app://casebook/index.html');
  });

  it('is the only place that creates a BrowserWindow', async () => {
    const { globby } = await import('./helpers/globby');
    const files = await globby(path.resolve(import.meta.dirname, '../../electron'));
    const creators = [];
    for (const file of files) {
      if ((await readFile(file, 'utf8')).includes('new BrowserWindow(')) creators.push(path.basename(file));
    }
    expect(creators).toEqual(['window.ts']);
  });
});
