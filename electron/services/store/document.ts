import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { AppError } from '../../../shared/result';
import type { Notice } from '../../../shared/ipc/contracts/workspace';
import type { Backups } from './backups';
import { DurableJsonAdapter } from './durable-adapter';
import { ensureFolder, readTextIfExists, renameRetrying, writeFileDurably, type FsLike } from './durable-file';

export interface DocumentSpec<S extends z.ZodType<{ schemaVersion: number }>> {
  workspaceDir: string;
  /** Path inside the workspace, e.g. `casebook.json` or `cases/<id>.json`. */
  relativeFile: string;
  schema: S;
  currentVersion: number;
  create: () => z.output<S>;
  /** Upgrades raw data one schema version at a time: migrations[n] takes n → n+1. */
  migrations?: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>;
  backups: Backups;
  notify: (notice: Notice) => void;
  fs?: FsLike;
  /** Check the whole file against `schema` on every update (entity stores validate their own copy). */
  validateUpdates?: boolean;
}

/** A lowdb database whose every save is durable, and which snapshots itself now and then. */
export class Document<T extends { schemaVersion: number }> {
  /** The text last written to disk: what a failed save rolls back to (cheaper than a deep clone). */
  private savedText: string;
  /** Saves started but not yet settled. */
  private pending = 0;

  constructor(
    private readonly db: Low<T>,
    private readonly adapter: DurableJsonAdapter<T>,
    private readonly relativeFile: string,
    private readonly backups: Backups,
    /** When set, every update must leave data this schema accepts, or it is refused unwritten. */
    private readonly schema?: z.ZodType,
  ) {
    this.savedText = JSON.stringify(db.data);
  }

  get data(): T {
    return this.db.data;
  }

  /**
   * Takes `data` as the current state in memory only. For records with a write-ahead log
   * (store/record-log.ts): their change is already durable as a log line, and the file is
   * rewritten later by writeSnapshot().
   */
  adopt(data: T): void {
    this.db.data = data;
  }

  /** Writes the state in memory as the file (a snapshot of a logged record). */
  async writeSnapshot(): Promise<void> {
    this.savedText = await this.adapter.writeText(this.db.data);
    await this.backups.snapshotIfDue(this.relativeFile, () => this.savedText).catch(() => undefined);
  }

  /** Applies `change` in memory and resolves once it is on disk; rolls back if the write fails. */
  async update<R>(change: (data: T) => R): Promise<R> {
    this.pending += 1;
    try {
      const result = this.schema ? this.changeValidated(this.schema, change) : change(this.db.data);
      // Writes land in call order, so once this resolves it is the newest state on disk.
      this.savedText = await this.adapter.writeText(this.db.data);
      await this.backups.snapshotIfDue(this.relativeFile, () => this.savedText).catch(() => undefined);
      return result;
    } catch (error) {
      // Roll back to what is on disk, but only once no later save (whose snapshot already holds
      // this change and the ones after it) is still in flight: it decides what the disk holds.
      if (this.pending === 1) {
        this.db.data = JSON.parse(this.savedText) as T;
        // A write can fail after its rename (the folder fsync): put the saved text back, so the
        // file agrees with the answer "not saved". Best effort: a disk that refuses this too
        // leaves the newer file, which the next save or open reconciles.
        if (!(error instanceof AppError && error.code === 'invalid_input'))
          await this.adapter.writeRaw(this.savedText).catch(() => undefined);
      }
      throw error;
    } finally {
      this.pending -= 1;
    }
  }

  /**
   * Runs `change`, then checks the whole file against its schema. A change that would leave a
   * file failing its own schema is undone in memory and refused before anything is written:
   * otherwise the next launch would find the file invalid and set it aside as damaged.
   */
  private changeValidated<R>(schema: z.ZodType, change: (data: T) => R): R {
    const before = JSON.stringify(this.db.data);
    const result = change(this.db.data);
    const parsed = schema.safeParse(this.db.data);
    if (!parsed.success) {
      this.db.data = JSON.parse(before) as T;
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      throw new AppError(
        'invalid_input',
        `That change was not saved: ${issue?.message ?? 'it would not be valid'}${where}. Nothing was changed.`,
      );
    }
    return result;
  }
}

/** Parses and migrates a file's text; throws if it is not valid (or was written by a newer Casebook). */
export function parseText<S extends z.ZodType<{ schemaVersion: number }>>(text: string, spec: DocumentSpec<S>) {
  const raw = JSON.parse(text) as Record<string, unknown>;
  let version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
  if (version > spec.currentVersion) {
    throw new AppError(
      'unsupported',
      `${spec.relativeFile} was written by a newer Casebook (schema ${version}). Update Casebook to open it; the file is unchanged.`,
    );
  }
  let data = raw;
  while (version < spec.currentVersion) {
    const step = spec.migrations?.[version];
    if (!step) throw new Error(`no migration from schema ${version}`);
    data = { ...step(data), schemaVersion: version + 1 };
    version += 1;
  }
  return spec.schema.parse(data);
}

function isValidText<S extends z.ZodType<{ schemaVersion: number }>>(text: string, spec: DocumentSpec<S>): boolean {
  try {
    parseText(text, spec);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens (or creates) a validated workspace file. A file that fails validation is moved aside,
 * never overwritten, and the newest good backup takes its place.
 */
export async function openDocument<S extends z.ZodType<{ schemaVersion: number }>>(spec: DocumentSpec<S>): Promise<Document<z.output<S>>> {
  type T = z.output<S>;
  const file = path.join(spec.workspaceDir, spec.relativeFile);
  await ensureFolder(path.dirname(file), spec.fs);
  const adapter = new DurableJsonAdapter<T>(file, spec.fs);
  const text = await readTextIfExists(file, spec.fs);
  let data: T;
  if (text === null) {
    data = await restoreMissing(file, spec);
  } else {
    try {
      data = parseText(text, spec);
      await spec.backups.snapshotIfDue(spec.relativeFile, () => text).catch(() => undefined);
    } catch (error) {
      if (error instanceof AppError) throw error;
      data = await recover(file, spec);
    }
  }
  const db = new Low<T>(adapter, data);
  return new Document<T>(db, adapter, spec.relativeFile, spec.backups, spec.validateUpdates ? spec.schema : undefined);
}

/** A missing file that has backups was lost, not new: bring back the newest good one. */
async function restoreMissing<S extends z.ZodType<{ schemaVersion: number }>>(file: string, spec: DocumentSpec<S>): Promise<z.output<S>> {
  const backup = await spec.backups.newestValid(spec.relativeFile, (t) => isValidText(t, spec));
  if (!backup) {
    const data = spec.create();
    await writeFileDurably(file, JSON.stringify(data, null, 2), spec.fs);
    return data;
  }
  await writeFileDurably(file, backup.text, spec.fs);
  spec.notify({
    level: 'warning',
    message: `${spec.relativeFile} was missing, so the backup from ${backup.takenAt} was restored. Check your most recent changes.`,
    key: 'fileMissingRestored',
    values: { file: spec.relativeFile, takenAt: backup.takenAt },
  });
  return parseText(backup.text, spec);
}

async function recover<S extends z.ZodType<{ schemaVersion: number }>>(file: string, spec: DocumentSpec<S>): Promise<z.output<S>> {
  const stamp = new Date().toISOString().replaceAll(':', '-');
  // rename() overwrites silently, so a name that only has the time could bury an earlier damaged file.
  const aside = `${file}.damaged-${stamp}-${randomBytes(3).toString('hex')}`;
  await renameRetrying(file, aside, spec.fs);
  const backup = await spec.backups.newestValid(spec.relativeFile, (t) => isValidText(t, spec));
  const asideName = path.basename(aside);
  if (backup) {
    await writeFileDurably(file, backup.text, spec.fs);
    spec.notify({
      level: 'warning',
      message: `${spec.relativeFile} was damaged, so it was moved aside as ${asideName} and the backup from ${backup.takenAt} was restored. Check your most recent changes.`,
      key: 'fileDamagedRestored',
      values: { file: spec.relativeFile, aside: asideName, takenAt: backup.takenAt },
    });
    return parseText(backup.text, spec);
  }
  const data = spec.create();
  await writeFileDurably(file, JSON.stringify(data, null, 2), spec.fs);
  spec.notify({
    level: 'error',
    message: `${spec.relativeFile} was damaged and no good backup was found. The damaged file is kept as ${asideName}; Casebook started this file empty.`,
    key: 'fileDamagedNoBackup',
    values: { file: spec.relativeFile, aside: asideName },
  });
  return data;
}
