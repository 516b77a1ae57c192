import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services';
import { Journals } from '../../../electron/services/journal/journal';
import { acquireWorkspaceLock, parseLock, type LockInfo } from '../../../electron/services/store/lock';
import { processStart } from '../../../electron/services/store/process-start';
import { emptyIndex } from '../../../electron/services/workspace/index-file';
import { WorkspaceOpener } from '../../../electron/services/workspace/opener';
import { restoreWorkspaceBackup, WORKSPACE_JOURNAL } from '../../../electron/services/workspace/restore';
import { defaultProfile } from '../../../shared/domain/settings';
import { useTempDirs } from '../helpers/temp-dirs';

const tempDir = useTempDirs();
const clock = () => new Date('2026-04-02T10:00:00.000Z');
const openers: WorkspaceOpener[] = [];
afterEach(async () => {
  await Promise.all(openers.splice(0).map((o) => o.close()));
});

function opener(chooseFolder?: () => Promise<string | null>) {
  const made = new WorkspaceOpener({
    connect: (workspaceDir, openAnyway) => createServices({ workspaceDir, openAnyway, clock }),
    chooseFolder,
    clock,
  });
  openers.push(made);
  return made;
}
const call = async (o: WorkspaceOpener, channel: string, input?: unknown) => o.dispatch(channel, input);
const writeLock = (dir: string, info: Partial<LockInfo>) =>
  writeFile(
    path.join(dir, '.lock'),
    JSON.stringify({ pid: 4242, host: 'office-pc-7', pidStart: null, startedAt: '2026-03-01T09:00:00.000Z', ...info }),
  );
const indexWith = (name: string) => JSON.stringify({ ...emptyIndex(), profile: { ...defaultProfile, name, welcomed: true } });

async function backupsOf(dir: string, files: Record<string, string>) {
  const folder = path.join(dir, 'backups', 'casebook.json');
  await mkdir(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(folder, name), text);
}

describe('a workspace held by another computer', () => {
  it('shows who and since when, refuses every other call, and opens anyway when asked', async () => {
    const dir = await tempDir();
    await writeLock(dir, { refreshedAt: '2026-03-01T09:30:00.000Z' });
    const o = opener();
    expect(await o.open(dir)).toEqual({
      state: 'failed',
      dir,
      reason: 'locked',
      message: expect.stringContaining('office-pc-7'),
      holder: {
        host: 'office-pc-7',
        pid: 4242,
        since: '2026-03-01T09:00:00.000Z',
        lastActive: '2026-03-01T09:30:00.000Z',
        sameComputer: false,
      },
      canOpenAnyway: true,
      canChoose: false,
      // No workspace file in this folder yet: the language is not known.
      language: null,
    });
    const refused = await call(o, 'cases:list');
    expect(refused).toMatchObject({ ok: false, error: { code: 'workspace_locked' } });
    // Still locked: Try again answers the same failure, and nothing was written.
    expect(await call(o, 'workspace:retry')).toMatchObject({ ok: true, data: { state: 'failed', reason: 'locked' } });
    expect(await readdir(dir)).toEqual(['.lock']);

    expect(await call(o, 'workspace:openAnyway')).toEqual({ ok: true, data: { state: 'open', dir } });
    expect(await call(o, 'cases:list')).toMatchObject({ ok: true, data: [] });
    expect(parseLock(await readFile(path.join(dir, '.lock'), 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname() });
    await o.close();
    expect(await readdir(dir)).not.toContain('.lock');
  });

  it('does not offer Open anyway when the holder provably runs on this computer', async () => {
    const dir = await tempDir();
    await writeLock(dir, { host: os.hostname(), pid: process.ppid, pidStart: await processStart(process.ppid) });
    const o = opener();
    const status = await o.open(dir);
    const expected = process.platform === 'linux' ? false : true;
    expect(status).toMatchObject({
      state: 'failed',
      reason: 'locked',
      canOpenAnyway: expected,
      holder: { sameComputer: true, pid: process.ppid },
    });
    if (!expected) expect(await call(o, 'workspace:openAnyway')).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('Try again opens once the holder has let go', async () => {
    const dir = await tempDir();
    await writeLock(dir, {});
    const o = opener();
    expect((await o.open(dir)).state).toBe('failed');
    await writeFile(path.join(dir, '.lock'), '');
    // An unreadable lock is taken over; an empty one counts as that.
    expect(await call(o, 'workspace:retry')).toEqual({ ok: true, data: { state: 'open', dir } });
  });
});

describe('a workspace that cannot be read', () => {
  it('reports a folder that is not a folder in plain terms, and opens another chosen folder', async () => {
    const root = await tempDir();
    const notAFolder = path.join(root, 'casebook-file');
    await writeFile(notAFolder, 'hello');
    const other = path.join(root, 'other');
    const o = opener(async () => other);
    expect(await o.open(notAFolder)).toMatchObject({
      state: 'failed',
      reason: 'unreadable',
      holder: null,
      canOpenAnyway: false,
      canChoose: true,
    });
    expect(await call(o, 'workspace:openAnyway')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call(o, 'workspace:openOther')).toEqual({ ok: true, data: { state: 'open', dir: other } });
    expect(await call(o, 'workspace:info')).toMatchObject({ ok: true, data: { dir: other } });
  });

  it('a cancelled folder choice leaves the failure as it was', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'casebook.json'), JSON.stringify({ schemaVersion: 99 }));
    const o = opener(async () => null);
    const failed = await o.open(dir);
    expect(failed).toMatchObject({ state: 'failed', reason: 'newer' });
    expect(await call(o, 'workspace:openOther')).toEqual({ ok: true, data: failed });
  });
});

describe('restoring a backup', () => {
  it('lists the backups with dates, restores the chosen one, keeps the replaced file and journals it', async () => {
    const dir = await tempDir();
    const newer = JSON.stringify({ schemaVersion: 99, profile: { name: 'From the future' } });
    await writeFile(path.join(dir, 'casebook.json'), newer);
    await backupsOf(dir, {
      '2026-03-30T08-00-00.000Z.json': indexWith('Rhian Evans'),
      '2026-03-31T08-00-00.000Z.json': indexWith('Older Name'),
      '2026-04-01T08-00-00.000Z.json': newer,
    });
    const o = opener();
    expect(await o.open(dir)).toMatchObject({ state: 'failed', reason: 'newer', message: expect.stringContaining('newer Casebook') });
    expect(await call(o, 'workspace:backups')).toEqual({
      ok: true,
      data: [
        { id: '2026-04-01T08-00-00.000Z.json', takenAt: '2026-04-01T08:00:00.000Z', usable: false },
        { id: '2026-03-31T08-00-00.000Z.json', takenAt: '2026-03-31T08:00:00.000Z', usable: true },
        { id: '2026-03-30T08-00-00.000Z.json', takenAt: '2026-03-30T08:00:00.000Z', usable: true },
      ],
    });
    expect(await call(o, 'workspace:restoreBackup', { id: '2026-04-01T08-00-00.000Z.json' })).toMatchObject({
      ok: false,
      error: { code: 'corrupt_file' },
    });
    expect(await call(o, 'workspace:restoreBackup', { id: '../casebook.json' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });

    expect(await call(o, 'workspace:restoreBackup', { id: '2026-03-30T08-00-00.000Z.json' })).toEqual({
      ok: true,
      data: { state: 'open', dir },
    });
    expect(await call(o, 'settings:getProfile')).toMatchObject({ ok: true, data: { name: 'Rhian Evans' } });
    const names = await readdir(dir);
    const kept = names.find((n) => n.startsWith('casebook.json.replaced-'));
    expect(kept).toBeDefined();
    expect(await readFile(path.join(dir, kept ?? ''), 'utf8')).toBe(newer);
    const journals = new Journals(dir, clock, () => ({ name: 'x', role: 'peer_assessor' }));
    expect(await journals.verify(WORKSPACE_JOURNAL)).toEqual({ ok: true, entries: 1 });
    const [entry] = await journals.read(WORKSPACE_JOURNAL);
    expect(entry).toMatchObject({
      kind: 'workspace.restored',
      actor: { name: 'Rhian Evans' },
      details: { backup: '2026-03-30T08-00-00.000Z.json', keptAs: kept },
    });
  });

  it('refuses while another Casebook holds the workspace, and changes nothing', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'casebook.json'), 'keep me');
    await backupsOf(dir, { '2026-03-30T08-00-00.000Z.json': indexWith('Rhian Evans') });
    const lock = await acquireWorkspaceLock(dir);
    try {
      await expect(restoreWorkspaceBackup(dir, '2026-03-30T08-00-00.000Z.json', clock)).rejects.toMatchObject({ code: 'workspace_locked' });
      expect(await readFile(path.join(dir, 'casebook.json'), 'utf8')).toBe('keep me');
      expect((await readdir(dir)).filter((n) => n.includes('replaced'))).toEqual([]);
    } finally {
      await lock.release();
    }
  });
});
