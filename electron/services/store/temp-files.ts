import * as fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Temp names writeFileDurably uses (`.<name>.<pid>.<12 hex>.tmp`), plus the two older forms the
 * attachment (`.<hash>.<12 hex>.tmp`) and key (`.<name>.<pid>.tmp`) writers used before they
 * were merged into it, so their leftovers are cleared too.
 */
const TEMP = /^\..+\.(\d+\.[0-9a-f]{12}|[0-9a-f]{12}|\d+)\.tmp$/;
const MAX_DEPTH = 3;

/**
 * Removes temp files that a crash left half-written, in the workspace folder and every folder
 * below it (cases/, workshops/, journal/, attachments/, backups/<file>/ …). Safe only while
 * holding the workspace lock: then no other writer can be midway through one.
 * `folders` is kept for callers that name folders outside the walk's depth.
 */
export async function removeStaleTempFiles(workspaceDir: string, folders: string[] = []): Promise<number> {
  let removed = 0;
  const seen = new Set<string>();
  const visit = async (dir: string, depth: number): Promise<void> => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH) await visit(full, depth + 1);
      } else if (entry.isFile() && TEMP.test(entry.name)) {
        await fs.unlink(full).then(
          () => (removed += 1),
          () => undefined,
        );
      }
    }
  };
  await visit(workspaceDir, 0);
  for (const folder of folders) await visit(path.join(workspaceDir, folder), 0);
  return removed;
}
