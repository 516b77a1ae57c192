import * as fs from 'node:fs/promises';
import path from 'node:path';

const TEMP = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes temp files that a crash left half-written. Safe only while holding the workspace lock:
 * then no other writer can be midway through one.
 */
export async function removeStaleTempFiles(workspaceDir: string, folders: string[]): Promise<number> {
  let removed = 0;
  for (const folder of ['.', ...folders]) {
    const dir = path.join(workspaceDir, folder);
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => TEMP.test(n))) {
      await fs.unlink(path.join(dir, name)).then(
        () => (removed += 1),
        () => undefined,
      );
    }
  }
  return removed;
}
