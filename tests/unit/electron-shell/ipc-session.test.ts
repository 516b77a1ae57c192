import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeElectron, type FakeElectron } from '../helpers/fake-electron';
import { useTempDirs } from '../helpers/temp-dirs';

vi.mock('electron', () => import('../helpers/fake-electron').then((m) => m.electronModule));

const { registerIpc } = await import('../../../electron/main/ipc');
const { WorkspaceSession } = await import('../../../electron/main/workspace-session');

const tempDir = useTempDirs();
let electron: FakeElectron;
beforeEach(() => {
  electron = resetFakeElectron();
});

describe('IPC without a workspace', () => {
  it('answers a trusted sender with the failure, and the status channel with who holds the lock', async () => {
    const root = await tempDir('casebook-session');
    const dir = path.join(root, 'w');
    await mkdir(dir);
    await writeFile(
      path.join(dir, '.lock'),
      JSON.stringify({ pid: 4242, host: 'office-pc-7', pidStart: null, startedAt: '2026-03-01T09:00:00.000Z' }),
    );
    const session = new WorkspaceSession(root, () => null);
    expect(await session.open(dir)).toMatchObject({ state: 'failed', reason: 'locked', holder: { host: 'office-pc-7', pid: 4242 } });
    registerIpc((channel, input) => session.dispatch(channel, input), ['app://casebook']);
    const trusted = { senderFrame: { url: 'app://casebook/', parent: null } };
    const info = await electron.handlers.get('workspace:info')?.(trusted, undefined);
    expect(info).toMatchObject({ ok: false, error: { code: 'workspace_locked', message: expect.stringContaining('office-pc-7') } });
    const status = await electron.handlers.get('workspace:status')?.(trusted, undefined);
    expect(status).toMatchObject({ ok: true, data: { state: 'failed', canOpenAnyway: true, canChoose: true } });
    expect(electron.errorBoxes).toEqual([]);
  });
});

describe('workspace session', () => {
  it('a cancelled folder choice keeps the current workspace; events reach the window', async () => {
    const root = await tempDir('casebook-session');
    const window = new electron.BrowserWindow({});
    const session = new WorkspaceSession(root, () => window as never);
    await session.open(path.join(root, 'w'));
    electron.dialogAnswers.push({ canceled: true, filePaths: [] });
    expect(await session.choose()).toBeNull();
    expect(session.current?.workspaceDir).toBe(path.join(root, 'w'));
    session.current?.context.notify({ level: 'info', message: 'hello' });
    expect(window.webContents.sent).toEqual([{ channel: 'workspace:notice', payload: { level: 'info', message: 'hello' } }]);
    await session.close();
    await session.close();
    expect(session.current).toBeNull();
    expect(existsSync(path.join(root, 'w/.lock'))).toBe(false);
  });
});
