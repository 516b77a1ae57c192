import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { Notice } from '../../../shared/ipc/contracts/workspace';
import { AppError } from '../../../shared/result';
import type { Backups } from './backups';
import { openDocument, parseText, type Document } from './document';
import { ensureFolder, readTextIfExists, renameRetrying, syncFolder, toAppError, writeFileDurably, type FsLike } from './durable-file';
import type { KeyedQueue } from './keyed-queue';
import { RecordLog, type LogLine } from './record-log';
import { replay, replayFile, type Replayed } from './replay';

export type Versioned = z.ZodType<{ schemaVersion: number }>;

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
  /**
   * The record's revision. When given, changes go through commit(): a write-ahead log line
   * each, the file being rewritten only now and then (see RecordLog).
   */
  revision?: (doc: z.output<S>) => number;
  /** Pause after the last change before the file is rewritten (tests set it long). */
  idleMs?: number;
  /** False once another Casebook took the workspace lock: no snapshot is written then. */
  stillHeld?: () => Promise<boolean>;
  /**
   * The records' one queue (store/record-commit.ts owns it). The folder queues nothing itself
   * except the rewrites it schedules (after an idle pause, and at close), which run in this queue
   * so that they are ordered with the record's changes.
   */
  queue: KeyedQueue;
}

/** When a logged record's file is rewritten: after a pause, or once its log is this long. */
const IDLE_MS = 2_000;
const MAX_LINES = 100;
const MAX_LOG_BYTES = 1 << 20;

/**
 * One lowdb file per entity (`cases/<id>.json`, `workshops/<id>.json`), opened on first use and
 * kept open, with its write-ahead log. Deleting moves the file to `backups/deleted/`, so nothing
 * is destroyed outright. The methods that write (create, appendChange, rewrite, overwrite,
 * remove) must run inside the record's turn in `spec.queue` (RecordCommits.serialise): they do
 * not queue themselves.
 */
export class EntityFolder<S extends Versioned> {
  private open = new Map<string, Promise<Document<z.output<S>>>>();
  readonly log: RecordLog;
  /** Log lines not yet in the record's file, by id. */
  private unsaved = new Map<string, number>();
  private timers = new Map<string, NodeJS.Timeout>();
  /** Set at close: no snapshot is scheduled after it (the lock is about to be released). */
  private closed = false;

  constructor(readonly spec: EntityFolderSpec<S>) {
    this.log = new RecordLog(path.join(spec.workspaceDir, spec.folder), spec.fs);
  }

  relative(id: string): string {
    return `${this.spec.folder}/${id}.json`;
  }

  /** Absolute path of the entity's file. */
  fileFor(id: string): string {
    return path.join(this.spec.workspaceDir, this.relative(id));
  }

  async exists(id: string): Promise<boolean> {
    if (this.open.has(id)) return true;
    return fs
      .access(this.fileFor(id))
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
    // The log is read before the file: a snapshot written in between then only makes lines
    // redundant (skipped), whereas the other order could miss lines the snapshot lacks.
    const lines = this.spec.revision ? await this.log.read(id) : [];
    const text = await readTextIfExists(this.fileFor(id), this.spec.fs);
    if (text === null) throw new AppError('not_found', `That ${this.spec.noun} no longer exists.`);
    const stored = this.parse(text, id);
    if (!this.spec.revision || lines.length === 0) return stored;
    const { doc, applied } = this.replayOnto(text, stored, lines);
    return applied > 0 ? this.spec.schema.parse(doc) : doc;
  }

  private parse(text: string, id: string): z.output<S> {
    return parseText(text, {
      ...this.spec,
      relativeFile: this.relative(id),
      create: () => {
        throw new Error('never creates');
      },
    });
  }

  /** Replays `lines` onto the record whose file holds `text` (parsed: `stored`). */
  private replayOnto(text: string, stored: z.output<S>, lines: LogLine[]): Replayed<z.output<S>> {
    return replayFile(text, stored, lines, { ...this.spec, revision: this.spec.revision!, parse: (t) => this.parse(t, '') });
  }

  /** Creates a new entity file with `data` (durably) and returns it open. */
  async create(id: string, data: z.output<S>): Promise<Document<z.output<S>>> {
    if (await this.exists(id)) throw new AppError('conflict', `A ${this.spec.noun} with that id already exists.`);
    // A log left by a deleted record of this id must never be replayed onto the new one.
    if (this.spec.revision) await this.log.remove(id);
    try {
      // Written before it is opened: opening a missing file restores its newest backup, and an id
      // used before (a case deleted, then joined or imported again) has the deleted copy's backups.
      await ensureFolder(path.dirname(this.fileFor(id)), this.spec.fs);
      await writeFileDurably(this.fileFor(id), JSON.stringify(data, null, 2), this.spec.fs);
      return await this.load(id, () => data);
    } catch (error) {
      // The write may have failed after its rename: a create that answers "not saved" must not
      // leave a file behind that the next open would list.
      await fs.unlink(this.fileFor(id)).catch(() => undefined);
      throw error;
    }
  }

  /** Opens the record once (its log folded in); `create` gives its data when it has no file nor backup. */
  load(id: string, create: () => z.output<S>): Promise<Document<z.output<S>>> {
    let doc = this.open.get(id);
    if (!doc) {
      doc = openDocument({ ...this.spec, relativeFile: this.relative(id), create }).then(async (opened) => {
        await this.fold(id, opened);
        return opened;
      });
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
    // Saved changes reach the old file first, so a crash before the rename leaves the old
    // record whole; then its log goes, as it must never be replayed onto the new one.
    await this.rewrite(id);
    const pending = this.open.get(id);
    this.open.delete(id);
    await pending?.catch(() => undefined);
    if (this.spec.revision) await this.log.remove(id);
    await ensureFolder(path.dirname(this.fileFor(id)), this.spec.fs);
    await writeFileDurably(this.fileFor(id), JSON.stringify(data), this.spec.fs);
  }

  /** Moves the file aside into `backups/deleted/` (kept, never destroyed), every saved change in it. */
  async remove(id: string): Promise<void> {
    await this.rewrite(id);
    await this.moveToDeleted(id);
    // A log left by a crash here holds nothing the moved file lacks; open removes it.
    if (this.spec.revision) await this.log.remove(id).catch(() => undefined);
  }

  private async moveToDeleted(id: string): Promise<void> {
    const pending = this.open.get(id);
    this.open.delete(id);
    await pending?.catch(() => undefined);
    const target = path.join(this.spec.workspaceDir, 'backups', 'deleted', `${this.spec.folder}-${id}-${Date.now()}.json`);
    await ensureFolder(path.dirname(target), this.spec.fs);
    try {
      await renameRetrying(this.fileFor(id), target, this.spec.fs);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw toAppError(error, this.fileFor(id));
      return;
    }
    // The move is the deletion's commit point: make both folders' entries durable.
    const home = path.dirname(this.fileFor(id));
    try {
      await syncFolder(path.dirname(target), this.spec.fs);
      await syncFolder(home, this.spec.fs);
    } catch (error) {
      // Moved, but not known to be on the disk: the deletion is reported as failed (and its
      // history line taken back), so it must not have happened. Put the file back, durably.
      await renameRetrying(target, this.fileFor(id), this.spec.fs)
        .then(() => syncFolder(home, this.spec.fs))
        .then(() => syncFolder(path.dirname(target), this.spec.fs))
        .catch(() => undefined);
      throw toAppError(error, this.fileFor(id));
    }
  }

  /**
   * A change to a logged record: appends `line` to its log and fsyncs it (the commit point),
   * then takes `next` as the state in memory. The file is rewritten later (rewriteWhenDue).
   */
  async appendChange(id: string, line: LogLine, next: z.output<S>): Promise<void> {
    const doc = await this.get(id);
    await this.log.append(id, { ...line, v: this.spec.currentVersion });
    doc.adopt(next);
    this.unsaved.set(id, (this.unsaved.get(id) ?? 0) + 1);
  }

  /**
   * At close: stops every timer (none is scheduled after this, so nothing writes once the lock
   * is released) and rewrites, each in its record's turn, every record whose log holds unsaved
   * lines (failures keep their log).
   */
  async rewriteAll(): Promise<void> {
    this.stop();
    await Promise.all([...this.unsaved.keys()].map((id) => this.spec.queue.run(id, () => this.rewrite(id)).catch(() => undefined)));
  }

  /** Stops every snapshot timer for good (close, or a workspace that failed to open). */
  stop(): void {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /**
   * Schedules the rewrite of the record's file from its log: after an idle pause, or at once
   * when the log is long. It runs as a task of the record's queue, so never between the steps
   * of a change.
   */
  rewriteWhenDue(id: string): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    const later = (delay: number) => {
      if (this.closed) return;
      const timer = setTimeout(() => {
        this.timers.delete(id);
        // A failed rewrite loses nothing (the log keeps the changes): try again after a pause.
        this.spec.queue.run(id, () => this.rewrite(id)).catch(() => later(this.spec.idleMs ?? IDLE_MS));
      }, delay);
      timer.unref();
      this.timers.set(id, timer);
    };
    const long = (this.unsaved.get(id) ?? 0) >= MAX_LINES || this.log.bytes(id) >= MAX_LOG_BYTES;
    later(long ? 0 : (this.spec.idleMs ?? IDLE_MS));
  }

  /** Rewrites the record's file now if its log holds changes the file lacks (compaction). */
  async rewrite(id: string): Promise<void> {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    const open = this.open.get(id);
    if (!this.unsaved.get(id) || !open) return;
    if (this.spec.stillHeld && !(await this.spec.stillHeld())) {
      this.stop();
      throw new AppError('workspace_locked', `Another Casebook holds this workspace now, so this ${this.spec.noun} was not written here.`);
    }
    await (await open).writeSnapshot();
    this.unsaved.delete(id);
    // Lines at or below the file's revision are skipped on replay, so a failure here is harmless.
    await this.log.remove(id).catch(() => undefined);
  }

  /**
   * On first open: replays the log onto the file's state and writes it back as the file. A log
   * holding lines that cannot be replayed (damaged, after a gap, of an unknown schema) is set
   * aside whole, once the lines that could be replayed are safely in the file, and the user told.
   */
  private async fold(id: string, doc: Document<z.output<S>>): Promise<void> {
    if (!this.spec.revision) return;
    const { lines, damaged } = await this.log.contents(id);
    if (lines.length === 0 && damaged === 0) return;
    const needsRaw = lines.some((line) => (line.v ?? 1) !== this.spec.currentVersion);
    const text = needsRaw ? await readTextIfExists(this.fileFor(id), this.spec.fs) : null;
    const {
      doc: replayed,
      applied,
      rest,
    } = text === null ? replay(doc.data, lines, this.spec.revision, this.spec.currentVersion) : this.replayOnto(text, doc.data, lines);
    const aside = rest > 0 || damaged > 0;
    if (applied > 0) {
      doc.adopt(this.spec.schema.parse(replayed));
      this.unsaved.set(id, applied);
      try {
        await doc.writeSnapshot();
        this.unsaved.delete(id);
      } catch (error) {
        // The log still holds the changes: keep it whole. With lines to set aside the open fails
        // (nothing is lost; the next open tries again); otherwise the next snapshot tries again.
        if (aside) throw error;
        this.rewriteWhenDue(id);
        return;
      }
    }
    if (!aside) {
      await this.log.remove(id).catch(() => undefined);
      return;
    }
    const file = await this.log.setAside(id, 'damaged', new Date(), this.spec.revision(doc.data));
    const what = damaged > 0 ? `${damaged} damaged line(s)` : `${rest} change(s) that do not follow the ${this.spec.noun}'s file`;
    const kept = `${this.spec.folder}/${path.basename(file)}`;
    this.spec.notify({
      level: 'warning',
      message: `The saved-changes log of a ${this.spec.noun} (${this.relative(id)}) held ${what}. Every change that could be replayed is in the ${this.spec.noun}; the whole log was kept as ${kept} for recovery; nothing was deleted.`,
      key: damaged > 0 ? 'logDamagedLines' : 'logUnfollowedChanges',
      values: { kind: this.spec.noun, file: this.relative(id), aside: kept, count: String(damaged > 0 ? damaged : rest) },
    });
  }

  /** Ids of every entity file in the folder. */
  async ids(): Promise<string[]> {
    const names = await fs.readdir(path.join(this.spec.workspaceDir, this.spec.folder)).catch(() => [] as string[]);
    return names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length));
  }
}
