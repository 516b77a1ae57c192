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
    await fs.rename(temp, file);
    await syncFolder(dir, fs);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw toAppError(error, file);
  }
}

/**
 * Creates `dir` (and any missing parent) so that it survives a power cut: a new folder's entry
 * lives in its parent, which is fsynced for each folder made. Without it, a file renamed into a
 * brand-new folder (backups/deleted on the first delete) could vanish with the folder.
 */
export async function ensureFolder(dir: string, fs: FsLike = nodeFs): Promise<void> {
  const first = await fs.mkdir(dir, { recursive: true });
  if (first === undefined) return;
  for (let made = path.resolve(dir); ; made = path.dirname(made)) {
    await syncFolder(path.dirname(made), fs);
    if (made === path.resolve(first) || path.dirname(made) === made) break;
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
    throw toAppError(error, file);
  }
}

export function toAppError(error: unknown, file: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const name = path.basename(file);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('disk_full', `The disk is full, so ${name} was not saved. Free some space, then retry.`);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError('io_error', `Casebook may not write to ${name} (${code}). Check the folder's permissions.`);
  }
  return new AppError('io_error', `Could not save ${name}: ${(error as Error).message}`);
}
