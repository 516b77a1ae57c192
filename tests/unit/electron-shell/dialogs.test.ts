import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeElectron, type FakeElectron } from '../helpers/fake-electron';

vi.mock('electron', () => import('../helpers/fake-electron').then((m) => m.electronModule));

const { fileDialogs } = await import('../../../electron/main/dialogs');
const { t } = await import('../../../electron/main/strings');

let electron: FakeElectron;
beforeEach(() => {
  electron = resetFakeElectron();
  electron.app.paths = { documents: '/home/assessor/Documents' };
});

describe('native file dialogs', () => {
  it('pick files: one or many, modal to the window when there is one, [] when cancelled', async () => {
    const window = new electron.BrowserWindow({});
    const withWindow = fileDialogs(() => window as never);
    electron.dialogAnswers.push({ canceled: false, filePaths: ['/a.jpg', '/b.jpg'] }, { canceled: true, filePaths: [] });
    expect(await withWindow.pickFiles({ title: 'Attach', multiple: true, filters: [{ name: 'Images', extensions: ['jpg'] }] })).toEqual([
      '/a.jpg',
      '/b.jpg',
    ]);
    expect(electron.dialogCalls[0].options).toEqual({
      title: 'Attach',
      filters: [{ name: 'Images', extensions: ['jpg'] }],
      properties: ['openFile', 'multiSelections'],
    });
    expect(await fileDialogs(() => null).pickFiles({ title: 'One' })).toEqual([]);
    expect(electron.dialogCalls[1].options.properties).toEqual(['openFile']);
  });

  it('save: suggests the name in Documents; null when cancelled or no path', async () => {
    const dialogs = fileDialogs(() => null);
    electron.dialogAnswers.push({ canceled: false, filePath: '/x/report.pdf' }, { canceled: true }, { canceled: false, filePath: '' });
    expect(await dialogs.saveFile({ title: 'Save', defaultName: 'report.pdf' })).toBe('/x/report.pdf');
    expect(electron.dialogCalls[0].options.defaultPath).toBe(path.join('/home/assessor/Documents', 'report.pdf'));
    expect(await dialogs.saveFile({ title: 'Save', defaultName: 'report.pdf' })).toBeNull();
    expect(await dialogs.saveFile({ title: 'Save', defaultName: 'report.pdf' })).toBeNull();
    const window = new electron.BrowserWindow({});
    electron.dialogAnswers.push({ canceled: false, filePath: '/y.pdf' });
    expect(await fileDialogs(() => window as never).saveFile({ title: 'Save', defaultName: 'y.pdf' })).toBe('/y.pdf');
  });

  it('choose a folder: may create one; null when cancelled', async () => {
    const dialogs = fileDialogs(() => null);
    electron.dialogAnswers.push({ canceled: false, filePaths: ['/w'] }, { canceled: true, filePaths: [] });
    expect(await dialogs.chooseFolder('Pick')).toBe('/w');
    expect(electron.dialogCalls[0].options.properties).toEqual(['openDirectory', 'createDirectory']);
    expect(await dialogs.chooseFolder('Pick')).toBeNull();
  });
});

describe('shell strings', () => {
  it('fills values and refuses unknown keys', () => {
    expect(t('updates.latest', { version: '1.2.3' })).toBe('You have the latest version of Casebook (1.2.3).');
    expect(t('updates.latest')).toContain('{{version}}');
    expect(() => t('menu.nope')).toThrow('Missing desktop string menu.nope');
    expect(() => t('menu')).toThrow('is not text');
  });
});

describe('entry point', () => {
  it('index.ts starts the app (here: a second copy, which quits at once)', async () => {
    electron.app.hasLock = false;
    await import('../../../electron/main/index');
    expect(electron.app.quitCalls).toBe(1);
    expect(electron.protocol.privileged).toHaveLength(1);
  });
});
