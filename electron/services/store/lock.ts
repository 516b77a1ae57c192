import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/result';

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<workspace>/.lock` so that a second process cannot write the same workspace.
 * A lock left by a process that no longer runs on this machine is taken over.
 */
export async function acquireWorkspaceLock(workspaceDir: string): Promise<() => Promise<void>> {
  const file = path.join(workspaceDir, '.lock');
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(file, JSON.stringify(mine), { flag: 'wx' });
      return async () => {
        // Only remove the lock if it is still ours (a stale-lock takeover may have replaced it).
        const holder = await readLock(file);
        if (holder?.pid === mine.pid && holder.startedAt === mine.startedAt) {
          await fs.unlink(file).catch(() => undefined);
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readLock(file);
      if (holder && holder.host === mine.host && !isAlive(holder.pid)) {
        await fs.unlink(file).catch(() => undefined);
        continue;
      }
      if (!holder) {
        await fs.unlink(file).catch(() => undefined);
        continue;
      }
      throw new AppError(
        'workspace_locked',
        `This workspace is already open in another Casebook (process ${holder.pid} on ${holder.host}, since ${holder.startedAt}). Close it there first; nothing has been changed.`,
      );
    }
  }
  throw new AppError('workspace_locked', 'Could not take the workspace lock. Close other copies of Casebook and retry.');
}

async function readLock(file: string): Promise<LockInfo | null> {
  try {
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as LockInfo;
    return typeof parsed.pid === 'number' ? parsed : null;
  } catch {
    return null;
  }
}
