import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { Notice } from '../../../shared/ipc/contracts/workspace';
import { AppError } from '../../../shared/result';
import type { Backups } from './backups';
import { openDocument, parseText, type Document } from './document';
import { readTextIfExists, syncFolder, toAppError, writeFileDurably, type FsLike } from './durable-file';

type Versioned = z.ZodType<{ schemaVersion: number }>;

export interface EntityFolderSpec<S extends Versioned> {
  workspaceDir: string;
  /** Folder inside the workspace, e.g. `cases`. */
  folder: string;
  schema: S;
  currentVersion: number;
  migrations?: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>;
  backups: Backups;
  notify: (notice: Notice) => void;
  fs?: FsLike;
  /** How a person names one of these in messages, e.g. "case". */
  noun: string;
}

/**
 * One lowdb file per entity (`cases/<id>.json`, `workshops/<id>.json`), opened on first use and
 * kept open. Deleting moves the file to `backups/deleted/`, so nothing is destroyed outright.
 */
export class EntityFolder<S extends Versioned> {
  private open = new Map<string, Promise<Document<z.output<S>>>>();

  constructor(private readonly spec: EntityFolderSpec<S>) {}

  private relative(id: string): string {
    return `${this.spec.folder}/${id}.json`;
  }

  private absolute(id: string): string {
    return path.join(this.spec.workspaceDir, this.relative(id));
  }

  async exists(id: string): Promise<boolean> {
    if (this.open.has(id)) return true;
    return fs
      .access(this.absolute(id))
      .then(() => true)
      .catch(() => false);
  }

  /** Opens an existing entity; `not_found` when there is none. */
  async get(id: string): Promise<Document<z.output<S>>> {
    if (!(await this.exists(id))) throw new AppError('not_found', `That ${this.spec.noun} no longer exists.`);
    return this.load(id, () => {
      throw new AppError('not_found', `That ${this.spec.noun} no longer exists.`);
    });
  }

  /**
   * An entity's data without keeping it open: the open copy if there is one, else read and
   * validated from disk. For reads over every entity (search, the action tracker), so a large
   * workspace is not held in memory whole. A file that does not validate goes through get(),
   * which recovers it from backups and tells the user.
   */
  async peek(id: string): Promise<z.output<S>> {
    const open = this.open.get(id);
    if (open) return (await open).data;
    return this.readStored(id).catch(async () => (await this.get(id)).data);
  }

  /** Reads and validates the file on disk, never opening it; throws if missing or invalid. */
  async readStored(id: string): Promise<z.output<S>> {
    const text = await readTextIfExists(this.absolute(id), this.spec.fs);
    if (text === null) throw new AppError('not_found', `That ${this.spec.noun} no longer exists.`);
    return parseText(text, { ...this.spec, relativeFile: this.relative(id), create: () => { throw new Error('readStored never creates'); } });
  }

  /** Creates a new entity file with `data` (durably) and returns it open. */
  async create(id: string, data: z.output<S>): Promise<Document<z.output<S>>> {
    if (await this.exists(id)) throw new AppError('conflict', `A ${this.spec.noun} with that id already exists.`);
    try {
      return await this.load(id, () => data);
    } catch (error) {
      // The write may have failed after its rename: a create that answers "not saved" must not
      // leave a file behind that the next open would list.
      await fs.unlink(this.absolute(id)).catch(() => undefined);
      throw error;
    }
  }

  private load(id: string, create: () => z.output<S>): Promise<Document<z.output<S>>> {
    let doc = this.open.get(id);
    if (!doc) {
      doc = openDocument({ ...this.spec, relativeFile: this.relative(id), create });
      this.open.set(id, doc);
      doc.catch(() => this.open.delete(id));
    }
    return doc;
  }

  /**
   * Replaces the entity's file with `data` in one atomic rename (an import over an existing
   * record). The open copy, if any, is dropped: the next get() reads the new file.
   */
  async overwrite(id: string, data: z.output<S>): Promise<void> {
    const pending = this.open.get(id);
    this.open.delete(id);
    await pending?.catch(() => undefined);
    await fs.mkdir(path.dirname(this.absolute(id)), { recursive: true });
    await writeFileDurably(this.absolute(id), JSON.stringify(data), this.spec.fs);
  }

  /** Absolute path of the entity's file. */
  fileFor(id: string): string {
    return this.absolute(id);
  }

  /** Moves the file aside into `backups/deleted/` (kept, never destroyed). */
  async remove(id: string): Promise<void> {
    const pending = this.open.get(id);
    this.open.delete(id);
    await pending?.catch(() => undefined);
    const target = path.join(this.spec.workspaceDir, 'backups', 'deleted', `${this.spec.folder}-${id}-${Date.now()}.json`);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const rename = this.spec.fs?.rename ?? fs.rename;
    try {
      await rename(this.absolute(id), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw toAppError(error, this.absolute(id));
      return;
    }
    // The move is the deletion's commit point: make both folders' entries durable.
    await syncFolder(path.dirname(target), this.spec.fs);
    await syncFolder(path.dirname(this.absolute(id)), this.spec.fs);
  }

  /** Ids of every entity file in the folder. */
  async ids(): Promise<string[]> {
    const names = await fs.readdir(path.join(this.spec.workspaceDir, this.spec.folder)).catch(() => [] as string[]);
    return names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length));
  }
}
