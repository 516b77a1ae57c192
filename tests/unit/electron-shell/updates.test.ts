import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeElectron, setResourcesPath, type FakeElectron } from '../helpers/fake-electron';
import { useTempDirs } from '../helpers/temp-dirs';

vi.mock('electron', () => import('../helpers/fake-electron').then((m) => m.electronModule));

const { checkForUpdatesByUser } = await import('../../../electron/main/updates');
type Updater = import('../../../electron/main/updates').Updater;

const tempDir = useTempDirs();
let electron: FakeElectron;

/** An updater double: what the update server would answer, and what Casebook asked of it. */
function updater(answer: () => Promise<{ isUpdateAvailable: boolean; updateInfo: { version: string } } | null>) {
  const calls: string[] = [];
  const double: Updater = {
    autoDownload: true,
    autoInstallOnAppQuit: true,
    checkForUpdates: () => {
      calls.push(`check autoDownload=${double.autoDownload} autoInstall=${double.autoInstallOnAppQuit}`);
      return answer();
    },
    downloadUpdate: async () => void calls.push('download'),
    quitAndInstall: () => void calls.push('install'),
  };
  return { double, calls, deps: { loadUpdater: async () => double, currentWindow: () => null } };
}

const messages = () => electron.dialogCalls.map((call) => call.options.message);

beforeEach(async () => {
  electron = resetFakeElectron();
  electron.app.isPackaged = true;
  setResourcesPath(await tempDir('casebook-resources'));
  await mkdir(process.resourcesPath, { recursive: true });
  await writeFile(path.join(process.resourcesPath, 'app-update.yml'), 'provider: github\n');
});

describe('Help → Check for updates', () => {
  it('does not load the updater in a copy run from source', async () => {
    electron.app.isPackaged = false;
    const loadUpdater = vi.fn();
    electron.dialogAnswers.push({ response: 0 });
    await checkForUpdatesByUser({ loadUpdater, currentWindow: () => null });
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(messages()[0]).toMatch(/only in an installed copy/);
  });

  it('says so when the build has no update source', async () => {
    setResourcesPath(await tempDir('casebook-no-source'));
    const { deps, calls } = updater(async () => null);
    electron.dialogAnswers.push({ response: 0 });
    await checkForUpdatesByUser(deps);
    expect(calls).toEqual([]);
    expect(messages()[0]).toMatch(/without an update source/);
  });

  it('turns off automatic download and install before it checks; up to date says the version', async () => {
    const { deps, calls } = updater(async () => ({ isUpdateAvailable: false, updateInfo: { version: '0.1.0' } }));
    electron.dialogAnswers.push({ response: 0 });
    await checkForUpdatesByUser(deps);
    expect(calls).toEqual(['check autoDownload=false autoInstall=false']);
    expect(messages()).toEqual(['You have the latest version of Casebook (0.1.0).']);
  });

  it('offline: a clear message, nothing changed', async () => {
    const { deps, calls } = updater(() => Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED')));
    electron.dialogAnswers.push({ response: 0 });
    await checkForUpdatesByUser(deps);
    expect(calls).toHaveLength(1);
    expect(messages()[0]).toMatch(/could not check for updates \(net::ERR_INTERNET_DISCONNECTED\)\. You may be offline/);
  });

  it('"Not now" downloads nothing', async () => {
    const { deps, calls } = updater(async () => ({ isUpdateAvailable: true, updateInfo: { version: '0.2.0' } }));
    electron.dialogAnswers.push({ response: 1 });
    await checkForUpdatesByUser(deps);
    expect(calls).toHaveLength(1);
    expect(messages()[0]).toBe('Casebook 0.2.0 is available (you have 0.1.0). Download it now? Nothing is installed until you say so.');
  });

  it('downloads only when asked, and installs only when the user restarts', async () => {
    const later = updater(async () => ({ isUpdateAvailable: true, updateInfo: { version: '0.2.0' } }));
    electron.dialogAnswers.push({ response: 0 }, { response: 1 });
    await checkForUpdatesByUser(later.deps);
    expect(later.calls.slice(1)).toEqual(['download']);
    const now = updater(async () => ({ isUpdateAvailable: true, updateInfo: { version: '0.2.0' } }));
    electron.dialogAnswers.push({ response: 0 }, { response: 0 });
    await checkForUpdatesByUser(now.deps);
    expect(now.calls.slice(1)).toEqual(['download', 'install']);
  });

  it('a failed download is reported and nothing is installed', async () => {
    const { deps, double, calls } = updater(async () => ({ isUpdateAvailable: true, updateInfo: { version: '0.2.0' } }));
    double.downloadUpdate = () => Promise.reject(new Error('sha512 checksum mismatch'));
    electron.dialogAnswers.push({ response: 0 }, { response: 0 });
    await checkForUpdatesByUser(deps);
    expect(calls).toHaveLength(1);
    expect(messages()[1]).toMatch(/could not be downloaded \(sha512 checksum mismatch\)\. Nothing has changed/);
  });
});
