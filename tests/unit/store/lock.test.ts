import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/index';
import { AppError } from '../../../shared/result';
import { bundleScript, helperScript } from '../helpers/bundle';
import { ScriptChild, deadPid } from '../helpers/child';
import { snapshotTree } from '../helpers/files';
import { call, useWorkspaces } from '../helpers/services';
import { useTempDirs } from '../helpers/temp-dirs';

const tempDir = useTempDirs();
const bundleDir = useTempDirs('all');
const openWorkspace = useWorkspaces();

const lockFile = (dir: string) => path.join(dir, '.lock');
const writeLock = (dir: string, holder: { pid: number; host: string }) =>
  writeFile(lockFile(dir), JSON.stringify({ ...holder, startedAt: '2025-03-01T09:00:00.000Z' }));
const lockHolder = async (dir: string): Promise<unknown> => JSON.parse(await readFile(lockFile(dir), 'utf8'));

/** Opens a workspace, saves one organisation in it and closes it, so there is data to protect. */
async function workspaceWithData(): Promise<string> {
  const dir = await tempDir();
  const services = await openWorkspace({ workspaceDir: dir });
  await call(services, 'organisations:create', { name: 'Leeds LSP', type: 'school_lsp', region: 'Yorkshire and the Humber' });
  await services.close();
  return dir;
}

describe('workspace lock, within one process', () => {
  it('refuses a second open while the first is open, and allows it after close()', async () => {
    const dir = await tempDir();
    const first = await openWorkspace({ workspaceDir: dir });

    const error = await createServices({ workspaceDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'workspace_locked', message: expect.stringContaining(String(process.pid)) });

    await first.close();
    const second = await openWorkspace({ workspaceDir: dir });
    expect(await lockHolder(dir)).toMatchObject({ pid: process.pid });
    await second.close();
  });

  it('takes over a stale lock left by a process that no longer runs on this machine', async () => {
    const dir = await workspaceWithData();
    const pid = await deadPid();
    await writeLock(dir, { pid, host: os.hostname() });

    const services = await openWorkspace({ workspaceDir: dir });

    expect(await lockHolder(dir)).toMatchObject({ pid: process.pid, host: os.hostname() });
    expect(await call(services, 'organisations:list')).toMatchObject([{ name: 'Leeds LSP' }]);
  });

  it('takes over an empty lock file (its owner died between creating and writing it)', async () => {
    const dir = await tempDir();
    await writeFile(lockFile(dir), '');

    await openWorkspace({ workspaceDir: dir });

    expect(await lockHolder(dir)).toMatchObject({ pid: process.pid });
  });

  it('does not take over a lock from another machine: it cannot tell whether that process runs', async () => {
    const dir = await workspaceWithData();
    await writeLock(dir, { pid: await deadPid(), host: `not-${os.hostname()}` });
    const before = await snapshotTree(dir);

    await expect(createServices({ workspaceDir: dir })).rejects.toMatchObject({ code: 'workspace_locked' });
    expect(await snapshotTree(dir)).toEqual(before);
  });
});

describe('workspace lock, held by another process', () => {
  let holderScript: string;
  let holder: ScriptChild | undefined;

  beforeAll(async () => {
    holderScript = await bundleScript(helperScript('hold-workspace.ts'), await bundleDir('lock-bundle'));
  });

  afterEach(async () => {
    await holder?.kill();
    holder = undefined;
  });

  it('makes open fail with workspace_locked and changes nothing in the workspace', async () => {
    const dir = await workspaceWithData();
    holder = new ScriptChild(holderScript, [dir]);
    await holder.waitForLine(/^READY \d+$/);
    const before = await snapshotTree(dir);

    const error = await createServices({ workspaceDir: dir }).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'workspace_locked', message: expect.stringContaining(String(holder.pid)) });
    expect(await snapshotTree(dir)).toEqual(before);

    // Once the other Casebook closes the workspace cleanly, this one may open it.
    holder.process.stdin?.end();
    expect(await holder.closed).toEqual({ code: 0, signal: null });
    const services = await openWorkspace({ workspaceDir: dir });
    expect(await call(services, 'organisations:list')).toMatchObject([{ name: 'Leeds LSP' }]);
  });
});
