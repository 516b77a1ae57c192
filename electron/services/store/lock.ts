import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import { processStart } from './process-start';

/** What `<workspace>/.lock` says about the Casebook holding the workspace. */
export interface LockInfo {
  pid: number;
  host: string;
  /** When the holder's process started (boot id + start ticks on Linux); null where unknown. */
  pidStart: string | null;
  /** When the holder took the lock, and when it last said it still holds it. */
  startedAt: string;
  refreshedAt?: string;
  /** Tells this holder's lock apart from any other, even one from the same process. */
  token?: string;
}

export interface LockOptions {
  /** Take the lock even from a holder that may still be running (the user chose Open anyway). */
  openAnyway?: boolean;
  clock?: () => Date;
  /** How often the holder rewrites refreshedAt while open. */
  refreshMs?: number;
  /**
   * Called once if the lock is found to be no longer this holder's (another Casebook chose Open
   * anyway): from then on this holder must stop writing (proper-lockfile's onCompromised).
   */
  onCompromised?: (holder: LockInfo | null) => void;
}

export interface HeldLock {
  release: () => Promise<void>;
  info: LockInfo;
  /** False once another Casebook has taken the lock (reads the lock file: one small read per write). */
  stillHeld: () => Promise<boolean>;
}

/** A takeover claim older than this was left by a process that died mid-takeover (it takes ms). */
const STALE_CLAIM_MS = 10_000;
const ATTEMPTS = 20;
/** A lock file that does not parse yet and is younger than this may be one being written now. */
const WRITING_MS = 1_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True only when the holder is provably gone: same computer, and its process is not running. */
async function provablyGone(holder: LockInfo): Promise<boolean> {
  if (holder.host !== os.hostname()) return false;
  if (!isAlive(holder.pid)) return true;
  // The pid runs, but if it started at another time it is another process (a reboot, pid reuse).
  if (!holder.pidStart) return false;
  const now = await processStart(holder.pid);
  return now !== null && now !== holder.pidStart;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * Takes `<workspace>/.lock` so that a second process cannot write the same workspace.
 *
 * - Taking a free lock is one exclusive link() of a fully written temp file: a lock file is
 *   never seen half-written, and two Casebooks cannot both create it.
 * - A lock whose holder is provably gone (same host; pid not running, or running but started at
 *   another time) is taken over; so is one that cannot be read. A takeover first wins an
 *   exclusive claim named after the exact lock it replaces, re-checks that the lock is still that
 *   one, then renames its own over it: of several Casebooks taking over at once, exactly one wins.
 * - A holder on another computer, or one still running here, is refused with who and since when,
 *   unless `openAnyway` (the user was warned and chose to).
 * - While held, the lock is refreshed (refreshedAt) so others can tell when it was last alive.
 */
export async function acquireWorkspaceLock(workspaceDir: string, options: LockOptions = {}): Promise<HeldLock> {
  const clock = options.clock ?? (() => new Date());
  const file = path.join(workspaceDir, '.lock');
  const now = clock().toISOString();
  const mine: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    pidStart: await processStart(process.pid),
    startedAt: now,
    refreshedAt: now,
    token: randomBytes(8).toString('hex'),
  };
  const text = JSON.stringify(mine);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (await createExclusive(file, text)) return held(file, mine, clock, options);
    const current = await fs.readFile(file, 'utf8').catch(() => null);
    if (current === null) continue; // released meanwhile: try to create it again
    const holder = parseLock(current);
    if (!holder && (await beingWritten(file))) {
      // Created exclusively but not yet written (it takes a few ms): wait for its writer.
      attempt -= 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    if (holder && !options.openAnyway && !(await provablyGone(holder))) {
      throw lockedBy(holder);
    }
    const outcome = await takeOver(file, current, text);
    if (outcome === 'taken') return held(file, mine, clock, options);
    // 'lost': someone else is taking over or took it; look again after they finish.
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
  }
  throw new AppError(
    'workspace_locked',
    'Could not take the workspace lock: other copies of Casebook keep taking it. Close them and retry.',
  );
}

export function lockedBy(holder: LockInfo): AppError {
  const here = holder.host === os.hostname();
  const seen = holder.refreshedAt && holder.refreshedAt !== holder.startedAt ? `, last active ${holder.refreshedAt}` : '';
  const where = here
    ? `in another Casebook on this computer (process ${holder.pid})`
    : `on another computer, ${holder.host} (process ${holder.pid})`;
  return new AppError(
    'workspace_locked',
    `This workspace is open ${where} since ${holder.startedAt}${seen}. Close it there first; nothing has been changed. If that Casebook is no longer running, you can choose Open anyway.`,
  );
}

/**
 * Creates the lock only if there is none (O_EXCL), then writes and fsyncs it. No hard link: FAT
 * and exFAT (USB sticks) and some network shares have none. A reader can therefore meet a lock
 * created but not yet written; beingWritten() makes it wait for such a young one instead of
 * judging it stale.
 */
async function createExclusive(file: string, text: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.unlink(file).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await syncDir(path.dirname(file));
  return true;
}

/** True while a lock that does not parse is young enough to be one still being written. */
async function beingWritten(file: string): Promise<boolean> {
  const stat = await fs.stat(file).catch(() => null);
  return stat !== null && Date.now() - stat.mtimeMs < WRITING_MS;
}

async function takeOver(file: string, staleText: string, text: string): Promise<'taken' | 'lost'> {
  const claim = `${file}.takeover-${hash(staleText)}`;
  try {
    await fs.writeFile(claim, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const stat = await fs.stat(claim).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > STALE_CLAIM_MS) await fs.unlink(claim).catch(() => undefined);
    return 'lost';
  }
  try {
    // Still the lock we judged stale? If not, someone took it over or released it meanwhile.
    const current = await fs.readFile(file, 'utf8').catch(() => null);
    if (current !== staleText) return 'lost';
    const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeSynced(temp, text);
      await fs.rename(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'lost';
      throw error;
    }
    await syncDir(path.dirname(file));
    return 'taken';
  } finally {
    await fs.unlink(claim).catch(() => undefined);
  }
}

function held(file: string, mine: LockInfo, clock: () => Date, options: LockOptions): HeldLock {
  const current = async () => parseLock(await fs.readFile(file, 'utf8').catch(() => ''));
  let lost = false;
  /** Reads the lock; the first time it is someone else's, says so (once) and stays lost. */
  const check = async (): Promise<boolean> => {
    if (lost) return false;
    const holder = await current();
    if (holder?.token === mine.token) return true;
    if (lost) return false;
    lost = true;
    clearInterval(timer);
    options.onCompromised?.(holder);
    return false;
  };
  let refreshing: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    refreshing = (async () => {
      if (!(await check())) return;
      const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      await writeSynced(temp, JSON.stringify({ ...mine, refreshedAt: clock().toISOString() }));
      // Look again just before the rename: an Open anyway elsewhere may have replaced the lock
      // while the new copy was being synced, and a refresh must never overwrite it.
      if (await check()) await fs.rename(temp, file);
      else await fs.unlink(temp);
    })().catch(() => undefined);
  }, options.refreshMs ?? 60_000);
  timer.unref();
  return {
    info: mine,
    stillHeld: check,
    release: async () => {
      clearInterval(timer);
      await refreshing;
      // Only remove the lock if it is still ours (an Open anyway elsewhere may have replaced it).
      if (!lost && (await current())?.token === mine.token) await fs.unlink(file).catch(() => undefined);
    },
  };
}

async function writeSynced(file: string, text: string): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  await handle.sync().finally(() => handle.close());
}

export function parseLock(text: string): LockInfo | null {
  try {
    const parsed = JSON.parse(text) as LockInfo;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

/** What a Casebook that lost its lock to Open anyway says (and refuses every change with). */
export const LOCK_LOST =
  'Another Casebook opened this workspace with Open anyway, so this window stopped saving to it: the two would overwrite each other. Changes made here since then are not saved. Close this window and continue in the other one, or reopen the workspace here.';

export const lockLostError = () => new AppError('workspace_locked', LOCK_LOST);
