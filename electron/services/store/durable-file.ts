import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/result';

/** The few fs calls a durable write needs; injectable so tests can simulate a full disk. */
export type FsLike = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink' | 'readFile' | 'mkdir'>;

/**
 * Writes `text` (or bytes) so that after this resolves the file survives a crash or power cut:
 * unique temp file → write → fsync → rename over the target → fsync the folder. The one
 * durable write for every file Casebook keeps (records, journals' repairs, attachments, keys,
 * exports); its temp names are what removeStaleTempFiles clears at open.
 */
export async function writeFileDurably(file: string, text: string | Uint8Array, fs: FsLike = nodeFs, mode = 0o644): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx', mode);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameRetrying(temp, file, fs);
    await syncFolder(dir, fs);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw toAppError(error, file);
  }
}

/** Codes a rename gets while another program (an indexer, antivirus, a sync client) holds the file. */
const BUSY = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Back-off between attempts (~1.3 s in all), as graceful-fs does for Windows renames. */
const RENAME_DELAYS_MS = [10, 20, 40, 80, 160, 320, 640];

/**
 * rename(), retried with back-off while it fails as if the file were held open elsewhere
 * (common on Windows: the search indexer or antivirus opens a file just written). Only if it
 * still fails is the error reported, so a passing scan is not shown as a permissions problem.
 */
export async function renameRetrying(from: string, to: string, fs: Pick<FsLike, 'rename'> = nodeFs): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!BUSY.has(code) || attempt >= RENAME_DELAYS_MS.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, RENAME_DELAYS_MS[attempt]));
    }
  }
}

/**
 * Creates `dir` (and any missing parent) so that it survives a power cut: a new folder's entry
 * lives in its parent, which is fsynced for each folder made. Without it, a file renamed into a
 * brand-new folder (backups/deleted on the first delete) could vanish with the folder.
 */
export async function ensureFolder(dir: string, fs: FsLike = nodeFs): Promise<void> {
  try {
    const first = await fs.mkdir(dir, { recursive: true });
    if (first === undefined) return;
    for (let made = path.resolve(dir); ; made = path.dirname(made)) {
      await syncFolder(path.dirname(made), fs);
      if (made === path.resolve(first) || path.dirname(made) === made) break;
    }
  } catch (error) {
    // A full or failing disk here (the first delete makes backups/deleted) is a save that failed,
    // told as one, not an internal error.
    throw toAppError(error, dir);
  }
}

export async function syncFolder(dir: string, fs: FsLike = nodeFs): Promise<void> {
  // Windows refuses to fsync a folder (EPERM) and NTFS journals the rename itself; without this
  // skip every save there would report io_error after it had in fact replaced the file.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Reads a file as text, or null when it does not exist. */
export async function readTextIfExists(file: string, fs: FsLike = nodeFs): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw toAppError(error, file, 'read');
  }
}

/** An errno failure as the error the interface shows; `doing` says whether Casebook was reading or saving. */
export function toAppError(error: unknown, file: string, doing: 'save' | 'read' = 'save'): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const name = path.basename(file);
  if (doing === 'read') {
    if (code === 'EACCES' || code === 'EPERM') {
      return new AppError(
        'io_error',
        `Casebook could not read ${name} (${code}): another program may be holding it, or the folder's permissions forbid it. Close programs that use the workspace folder, check its permissions, then retry.`,
      );
    }
    return new AppError('io_error', `Could not read ${name}: ${(error as Error).message}`);
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('disk_full', `The disk is full, so ${name} was not saved. Free some space, then retry.`);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError(
      'io_error',
      `Casebook could not write ${name} (${code}), even after retrying for a moment: another program may be holding it, or the folder's permissions forbid it. Close programs that use the workspace folder, check its permissions, then retry.`,
    );
  }
  return new AppError('io_error', `Could not save ${name}: ${(error as Error).message}`);
}
