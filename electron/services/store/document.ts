import * as fs from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { AppError } from '../../../shared/result';
import type { Notice } from '../../../shared/ipc/contracts/workspace';
import type { Backups } from './backups';
import { DurableJsonAdapter } from './durable-adapter';
import { readTextIfExists, writeFileDurably, type FsLike } from './durable-file';

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
}

/** A lowdb database whose every save is durable, and which snapshots itself now and then. */
export class Document<T extends { schemaVersion: number }> {
  constructor(
    private readonly db: Low<T>,
    private readonly relativeFile: string,
    private readonly backups: Backups,
  ) {}

  get data(): T {
    return this.db.data;
  }

  /** Applies `change` in memory and resolves once it is on disk; rolls back if the write fails. */
  async update<R>(change: (data: T) => R): Promise<R> {
    const before = structuredClone(this.db.data);
    const result = change(this.db.data);
    try {
      await this.db.write();
    } catch (error) {
      this.db.data = before;
      throw error;
    }
    await this.backups.snapshotIfDue(this.relativeFile, () => JSON.stringify(this.db.data)).catch(() => undefined);
    return result;
  }
}

function parseText<S extends z.ZodType<{ schemaVersion: number }>>(text: string, spec: DocumentSpec<S>) {
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
export async function openDocument<S extends z.ZodType<{ schemaVersion: number }>>(
  spec: DocumentSpec<S>,
): Promise<Document<z.output<S>>> {
  type T = z.output<S>;
  const file = path.join(spec.workspaceDir, spec.relativeFile);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const adapter = new DurableJsonAdapter<T>(file, spec.fs);
  const text = await readTextIfExists(file, spec.fs);
  let data: T;
  if (text === null) {
    data = spec.create();
    await writeFileDurably(file, JSON.stringify(data, null, 2), spec.fs);
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
  return new Document<T>(db, spec.relativeFile, spec.backups);
}

async function recover<S extends z.ZodType<{ schemaVersion: number }>>(
  file: string,
  spec: DocumentSpec<S>,
): Promise<z.output<S>> {
  const stamp = new Date().toISOString().replaceAll(':', '-');
  const aside = `${file}.damaged-${stamp}`;
  await fs.rename(file, aside);
  const backup = await spec.backups.newestValid(spec.relativeFile, (t) => isValidText(t, spec));
  const asideName = path.basename(aside);
  if (backup) {
    await writeFileDurably(file, backup.text, spec.fs);
    spec.notify({
      level: 'warning',
      message: `${spec.relativeFile} was damaged, so it was moved aside as ${asideName} and the backup from ${backup.takenAt} was restored. Check your most recent changes.`,
    });
    return parseText(backup.text, spec);
  }
  const data = spec.create();
  await writeFileDurably(file, JSON.stringify(data, null, 2), spec.fs);
  spec.notify({
    level: 'error',
    message: `${spec.relativeFile} was damaged and no good backup was found. The damaged file is kept as ${asideName}; Casebook started this file empty.`,
  });
  return data;
}
