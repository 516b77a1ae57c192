import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../shared/result';
import type { EntityFolder, Versioned } from './entity-folder';

/**
 * What the store does at open, before any change, for records whose files are missing: a log
 * whose record file is gone, or a record the list had whose file a sync client or antivirus took.
 * Nothing is ever simply removed: a record is restored from its backups, or what remains of it is
 * kept for recovery and the user told.
 */

/**
 * Folds each log into its record's file. A log whose record file is missing is never simply
 * removed: if the record was deleted (its moved file holds every line) the log is redundant;
 * else the record is restored from its newest backup and the log replayed onto it; else the log
 * is set aside for recovery and the user told.
 */
export async function settleLogs<S extends Versioned>(folder: EntityFolder<S>): Promise<void> {
  for (const id of await folder.log.ids()) {
    if (await folder.exists(id)) await folder.get(id).catch(() => undefined);
    else await settleOrphan(folder, id).catch(() => undefined);
  }
}

async function settleOrphan<S extends Versioned>(folder: EntityFolder<S>, id: string): Promise<void> {
  const { spec } = folder;
  const { lines } = await folder.log.contents(id);
  const deleted = await deletedRevision(folder, id);
  if (deleted !== null && lines.every((line) => line.revision <= deleted)) {
    await folder.log.remove(id);
    return;
  }
  if (deleted === null && (await restoreFromBackup(folder, id))) return;
  const aside = await folder.log.setAside(id, 'orphaned', new Date());
  const kept = `${spec.folder}/${path.basename(aside)}`;
  spec.notify({
    level: 'error',
    message: `The file of a ${spec.noun} (${folder.relative(id)}) is missing and no backup of it was found. Its saved changes were kept as ${kept} for recovery; nothing was deleted.`,
    key: 'logOrphaned',
    values: { kind: spec.noun, file: folder.relative(id), aside: kept },
  });
}

/**
 * For a record the list had but whose file is missing: restored from its newest backup when
 * there is one (then returned), or reported as needing recovery. A record that was deleted (its
 * file is in backups/deleted) returns null.
 */
export async function recoverMissing<S extends Versioned>(folder: EntityFolder<S>, id: string, name: string): Promise<z.output<S> | null> {
  const { spec } = folder;
  if ((await deletedRevision(folder, id)) !== null) return null;
  if (await restoreFromBackup(folder, id)) return (await folder.get(id)).data;
  spec.notify({
    level: 'error',
    message: `The file of the ${spec.noun} “${name}” (${folder.relative(id)}) is missing and no backup of it was found, so it needs recovery: put the file back (from your sync service, or antivirus quarantine) and reopen the workspace.`,
    key: 'recordMissing',
    values: { kind: spec.noun, name, file: folder.relative(id) },
  });
  return null;
}

/** Brings a missing record back from its newest valid backup (document.ts says so); false when there is none. */
async function restoreFromBackup<S extends Versioned>(folder: EntityFolder<S>, id: string): Promise<boolean> {
  if (!(await folder.spec.backups.has(folder.relative(id)))) return false;
  try {
    await folder.load(id, () => {
      throw new AppError('not_found', `That ${folder.spec.noun} no longer exists.`);
    });
    return true;
  } catch {
    return false;
  }
}

/** The revision of the newest copy of `id` that remove() moved into backups/deleted, or null. */
async function deletedRevision<S extends Versioned>(folder: EntityFolder<S>, id: string): Promise<number | null> {
  const { spec } = folder;
  const dir = path.join(spec.workspaceDir, 'backups', 'deleted');
  const prefix = `${spec.folder}-${id}-`;
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(prefix) && n.endsWith('.json')).sort();
  const newest = names.at(-1);
  if (!newest) return null;
  try {
    const raw = JSON.parse(await fs.readFile(path.join(dir, newest), 'utf8')) as z.output<S>;
    return spec.revision ? spec.revision(raw) : Number.POSITIVE_INFINITY;
  } catch {
    // Unreadable, but the record was deleted: its log must not bring it back.
    return Number.POSITIVE_INFINITY;
  }
}
