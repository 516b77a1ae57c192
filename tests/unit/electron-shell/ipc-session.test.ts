import { existsSync } from 'node:fs';
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
  it('answers a trusted sender with workspace_locked, not a crash', async () => {
    registerIpc(() => null, ['app://casebook']);
    const handler = electron.handlers.get('workspace:info');
    const result = await handler?.({ senderFrame: { url: 'app://casebook/', parent: null } }, undefined);
    expect(result).toEqual({ ok: false, error: { code: 'workspace_locked', message: 'No workspace is open.' } });
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
