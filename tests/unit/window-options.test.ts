import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The window factory imports electron, which cannot run here; check its source for the baseline.
describe('window factory security baseline', () => {
  it('sets every webPreferences guard', async () => {
    const source = await readFile(path.resolve(import.meta.dirname, '../../electron/main/window.ts'), 'utf8');
    for (const line of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webviewTag: false', 'webSecurity: true']) {
      expect(source).toContain(line);
    }
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
