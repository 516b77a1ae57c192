import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireWorkspaceLock, parseLock, type LockInfo } from '../../../electron/services/store/lock';
import { processStart } from '../../../electron/services/store/process-start';
import { AppError } from '../../../shared/result';
import { deadPid } from '../helpers/child';
import { call, useWorkspaces } from '../helpers/services';
import { useTempDirs } from '../helpers/temp-dirs';

const tempDir = useTempDirs();
const openWorkspace = useWorkspaces();
const lockFile = (dir: string) => path.join(dir, '.lock');
const holder = (over: Partial<LockInfo>): LockInfo => ({
  pid: process.ppid,
  host: os.hostname(),
  pidStart: null,
  startedAt: '2026-03-01T09:00:00.000Z',
  ...over,
});
const writeLock = (dir: string, info: LockInfo) => writeFile(lockFile(dir), JSON.stringify(info));

describe('a lock that recovers', () => {
  it('records host, pid and the process start time', async () => {
    const dir = await tempDir();
    const lock = await acquireWorkspaceLock(dir);
    const info = parseLock(await readFile(lockFile(dir), 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, host: os.hostname(), pidStart: await processStart(process.pid) });
    if (process.platform === 'linux') expect(info?.pidStart).toMatch(/^[0-9a-f-]+:\d+$/);
    await lock.release();
  });

  it.runIf(process.platform === 'linux')(
    'takes over when the pid runs but started at another time (pid reused after a reboot)',
    async () => {
      const dir = await tempDir();
      await writeLock(dir, holder({ pid: process.ppid, pidStart: 'another-boot:12345' }));
      const lock = await acquireWorkspaceLock(dir);
      expect(parseLock(await readFile(lockFile(dir), 'utf8'))?.pid).toBe(process.pid);
      await lock.release();
    },
  );

  it('refuses a live holder on this computer whose start time matches', async () => {
    const dir = await tempDir();
    await writeLock(dir, holder({ pid: process.ppid, pidStart: await processStart(process.ppid) }));
    await expect(acquireWorkspaceLock(dir)).rejects.toMatchObject({
      code: 'workspace_locked',
      message: expect.stringContaining(`process ${process.ppid}`),
    });
  });

  it('refuses a holder on another computer, saying who and since when; Open anyway takes it', async () => {
    const dir = await tempDir();
    await writeLock(dir, holder({ host: 'assessor-laptop', pid: await deadPid(), refreshedAt: '2026-03-01T09:30:00.000Z' }));
    const error = (await acquireWorkspaceLock(dir).catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('workspace_locked');
    expect(error.message).toContain('assessor-laptop');
    expect(error.message).toContain('2026-03-01T09:00:00.000Z');
    expect(error.message).toContain('last active 2026-03-01T09:30:00.000Z');
    expect(error.message).toContain('Open anyway');

    const services = await openWorkspace({ workspaceDir: dir, openAnyway: true });
    expect(parseLock(await readFile(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname() });
    expect(await call(services, 'organisations:list')).toEqual([]);
  });

  it('refreshes the lock while open', async () => {
    const dir = await tempDir();
    let now = new Date('2026-03-01T09:00:00.000Z');
    const lock = await acquireWorkspaceLock(dir, { clock: () => now, refreshMs: 10 });
    now = new Date('2026-03-01T10:00:00.000Z');
    const deadline = Date.now() + 5_000;
    let info = parseLock(await readFile(lockFile(dir), 'utf8'));
    while (info?.refreshedAt !== now.toISOString() && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      info = parseLock(await readFile(lockFile(dir), 'utf8'));
    }
    expect(info).toMatchObject({ startedAt: '2026-03-01T09:00:00.000Z', refreshedAt: '2026-03-01T10:00:00.000Z' });
    await lock.release();
  });

  it('release leaves a lock that is no longer its own', async () => {
    // The default refresh (a minute) does not fire here, so the replacement below is the only writer.
    const dir = await tempDir();
    const lock = await acquireWorkspaceLock(dir);
    // Someone chose Open anyway elsewhere: releasing must not delete their lock.
    const theirs = JSON.stringify(holder({ host: 'other', token: 'theirs' }));
    await writeFile(lockFile(dir), theirs);
    await lock.release();
    expect(await readFile(lockFile(dir), 'utf8')).toBe(theirs);
  });

  it('gives a stale lock to exactly one of three Casebooks taking it over at once, 300 times', async () => {
    const dir = await tempDir();
    const dead = await deadPid();
    let doubleOwners = 0;
    for (let round = 0; round < 300; round++) {
      await writeLock(dir, holder({ pid: dead, startedAt: `2026-03-01T09:00:00.${String(round).padStart(3, '0')}Z` }));
      const results = await Promise.allSettled([acquireWorkspaceLock(dir), acquireWorkspaceLock(dir), acquireWorkspaceLock(dir)]);
      const winners = results.filter((r) => r.status === 'fulfilled');
      if (winners.length !== 1) doubleOwners += 1;
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'workspace_locked' });
      const token = parseLock(await readFile(lockFile(dir), 'utf8'))?.token;
      expect(winners.map((w) => w.value.info.token)).toEqual([token]);
      for (const w of winners) await w.value.release();
    }
    expect(doubleOwners).toBe(0);
  }, 60_000);
});
