import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { WorkspaceBackup } from '../../../shared/ipc/contracts/workspace-open';
import { defaultProfile, profileSchema } from '../../../shared/domain/settings';
import { AppError } from '../../../shared/result';
import { Journals } from '../journal/journal';
import { writeFileDurably, syncFolder } from '../store/durable-file';
import { acquireWorkspaceLock } from '../store/lock';
import { INDEX_FILE, INDEX_VERSION, indexFileSchema } from './index-file';

/** Where Backups (store/backups.ts) keeps the snapshots of casebook.json. */
const backupFolder = (dir: string) => path.join(dir, 'backups', INDEX_FILE);
const takenAtOf = (name: string) => name.replace(/\.json$/, '').replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3');
/** The journal that records changes to the workspace as a whole (not to one case or workshop). */
export const WORKSPACE_JOURNAL = 'workspace';

function parseIndex(text: string) {
  try {
    const raw = JSON.parse(text) as { schemaVersion?: unknown };
    if (raw.schemaVersion !== INDEX_VERSION) return null;
    const parsed = indexFileSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The snapshots of casebook.json, newest first, each marked usable if this Casebook can read it. */
export async function listWorkspaceBackups(dir: string): Promise<WorkspaceBackup[]> {
  const names = await fs.readdir(backupFolder(dir)).catch(() => [] as string[]);
  const backups: WorkspaceBackup[] = [];
  for (const id of names
    .filter((n) => /^[\w.-]+\.json$/.test(n))
    .sort()
    .reverse()) {
    const text = await fs.readFile(path.join(backupFolder(dir), id), 'utf8').catch(() => null);
    backups.push({ id, takenAt: takenAtOf(id), usable: text !== null && parseIndex(text) !== null });
  }
  return backups;
}

/**
 * Puts the snapshot `id` back as casebook.json, on a workspace that is not open. It takes the
 * workspace lock (so no other Casebook is writing), keeps the current file beside it under a
 * `.replaced-…` name (nothing is destroyed), replaces casebook.json with one durable write
 * (there is always a whole casebook.json, before or after), and records the restore in the
 * workspace journal. Cases and workshops keep their own files; the lists are rebuilt from them
 * when the workspace opens.
 */
export async function restoreWorkspaceBackup(
  dir: string,
  id: string,
  clock: () => Date = () => new Date(),
): Promise<{ takenAt: string; keptAs: string | null }> {
  if (!/^[\w.-]+\.json$/.test(id)) throw new AppError('invalid_input', 'notABackup');
  const text = await fs.readFile(path.join(backupFolder(dir), id), 'utf8').catch(() => null);
  if (text === null) throw new AppError('not_found', 'backupGone');
  const data = parseIndex(text);
  if (!data) throw new AppError('corrupt_file', 'backupDamaged');
  const lock = await acquireWorkspaceLock(dir, { clock });
  try {
    const file = path.join(dir, INDEX_FILE);
    const stamp = clock().toISOString().replaceAll(':', '-');
    const keptAs = `${INDEX_FILE}.replaced-${stamp}-${randomBytes(3).toString('hex')}`;
    const kept = await keepAside(file, path.join(dir, keptAs));
    await writeFileDurably(file, text);
    const profile = profileSchema.safeParse(data.profile).data ?? defaultProfile;
    const journals = new Journals(dir, clock, () => ({ name: profile.name || 'Unnamed user', role: profile.role }));
    const takenAt = takenAtOf(id);
    await journals.append(WORKSPACE_JOURNAL, {
      kind: 'workspace.restored',
      summary: `casebook.json restored from the backup of ${takenAt}${kept ? `; the file it replaced is kept as ${keptAs}` : ''}`,
      details: { backup: id, keptAs: kept ? keptAs : null },
    });
    await journals.drain();
    return { takenAt, keptAs: kept ? keptAs : null };
  } finally {
    await lock.release();
  }
}

/** Keeps the file being replaced under another name; a hard link first, so casebook.json never goes missing. */
async function keepAside(file: string, aside: string): Promise<boolean> {
  try {
    await fs.link(file, aside);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    // Not a plain file (a folder in its place) or links unsupported: move it aside instead.
    await fs.rename(file, aside);
  }
  await syncFolder(path.dirname(file));
  return true;
}
