import { writeFileDurably } from '../store/durable-file';

/**
 * Kept as a name for the signing and report code: every durable write goes through
 * store/durable-file (unique temp name, fsync, rename, folder fsync).
 */
export function writeBinaryDurably(file: string, bytes: Uint8Array, mode = 0o644): Promise<void> {
  return writeFileDurably(file, bytes, undefined, mode);
}
