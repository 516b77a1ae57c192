import * as fs from 'node:fs/promises';
import path from 'node:path';
import { toAppError } from '../store/durable-file';

/** Writes bytes so they survive a crash: temp file → fsync → rename over the target. */
export async function writeBinaryDurably(file: string, bytes: Buffer, mode = 0o644): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    const handle = await fs.open(temp, 'w', mode);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw toAppError(error, file);
  }
}
