import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { Notice } from '../../../shared/ipc/contracts/workspace';
import { AppError } from '../../../shared/result';
import type { Backups } from './backups';
import { openDocument, parseText, type Document } from './document';
import { ensureFolder, readTextIfExists, renameRetrying, syncFolder, toAppError, writeFileDurably, type FsLike } from './durable-file';
import { KeyedQueue } from './keyed-queue';
import { RecordLog, replay, replayRaw, type LogLine, type Replayed } from './record-log';

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
  /**
   * The record's revision. When given, changes go through commit(): a write-ahead log line
   * each, the file being rewritten only now and then (see RecordLog).
   */
  revision?: (doc: z.output<S>) => number;
  /** Pause after the last change before the file is rewritten (tests set it long). */
  idleMs?: number;
  /** False once another Casebook took the workspace lock: no snapshot is written then. */
  stillHeld?: () => Promise<boolean>;
}

/** When a logged record's file is rewritten: after a pause, or once its log is this long. */
const IDLE_MS = 2_000;
const MAX_LINES = 100;
const MAX_LOG_BYTES = 1 << 20;

/**
 * One lowdb file per entity (`cases/<id>.json`, `workshops/<id>.json`), opened on first use and
 * kept open. Deleting moves the file to `backups/deleted/`, so nothing is destroyed outright.
 */
export class EntityFolder<S extends Versioned> {
  private open = new Map<string, Promise<Document<z.output<S>>>>();
  readonly log: RecordLog;
  /** Appends, snapshots, moves and overwrites of one record's files run one at a time. */
  private readonly queue = new KeyedQueue();
  /** Log lines not yet in the record's file, by id. */
  private unsaved = new Map<string, number>();
  private timers = new Map<string, NodeJS.Timeout>();
  /** Set at close: no snapshot is scheduled after it (the lock is about to be released). */
  private closed = false;

  constructor(private readonly spec: EntityFolderSpec<S>) {
    this.log = new RecordLog(path.join(spec.workspaceDir, spec.folder), spec.fs);
  }

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
    // The log is read before the file: a snapshot written in between then only makes lines
    // redundant (skipped), whereas the other order could miss lines the snapshot lacks.
    const lines = this.spec.revision ? await this.log.read(id) : [];
    const text = await readTextIfExists(this.absolute(id), this.spec.fs);
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

  /**
   * Replays `lines` onto the record whose file holds `text` (parsed: `stored`). Lines written
   * against an older schema are replayed onto the raw file before it is migrated.
   */
  private replayOnto(text: string, stored: z.output<S>, lines: LogLine[]): Replayed<z.output<S>> {
    const revision = this.spec.revision!;
    const current = this.spec.currentVersion;
    if (lines.every((line) => (line.v ?? 1) === current)) return replay(stored, lines, revision, current);
    const raw = replayRaw(
      JSON.parse(text) as Record<string, unknown>,
      lines,
      (data) => revision(data as z.output<S>),
      current,
      (data, from) => {
        const step = this.spec.migrations?.[from];
        if (!step) throw new Error(`no migration from schema ${from}`);
        return step(data);
      },
    );
    return { ...raw, doc: this.parse(JSON.stringify(raw.doc), '') };
  }

  /** Creates a new entity file with `data` (durably) and returns it open. */
  async create(id: string, data: z.output<S>): Promise<Document<z.output<S>>> {
    if (await this.exists(id)) throw new AppError('conflict', `A ${this.spec.noun} with that id already exists.`);
    // A log left by a deleted record of this id must never be replayed onto the new one.
    if (this.spec.revision) await this.log.remove(id);
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
  overwrite(id: string, data: z.output<S>): Promise<void> {
    return this.queue.run(id, async () => {
      // Saved changes reach the old file first, so a crash before the rename leaves the old
      // record whole; then its log goes, as it must never be replayed onto the new one.
      await this.snapshotNow(id);
      const pending = this.open.get(id);
      this.open.delete(id);
      await pending?.catch(() => undefined);
      if (this.spec.revision) await this.log.remove(id);
      await ensureFolder(path.dirname(this.absolute(id)), this.spec.fs);
      await writeFileDurably(this.absolute(id), JSON.stringify(data), this.spec.fs);
    });
  }

  /** Absolute path of the entity's file. */
  fileFor(id: string): string {
    return this.absolute(id);
  }

  /** Moves the file aside into `backups/deleted/` (kept, never destroyed), every saved change in it. */
  remove(id: string): Promise<void> {
    return this.queue.run(id, async () => {
      await this.snapshotNow(id);
      await this.removeNow(id);
      // A log left by a crash here holds nothing the moved file lacks; open removes it.
      if (this.spec.revision) await this.log.remove(id).catch(() => undefined);
    });
  }

  private async removeNow(id: string): Promise<void> {
    const pending = this.open.get(id);
    this.open.delete(id);
    await pending?.catch(() => undefined);
    const target = path.join(this.spec.workspaceDir, 'backups', 'deleted', `${this.spec.folder}-${id}-${Date.now()}.json`);
    await ensureFolder(path.dirname(target), this.spec.fs);
    try {
      await renameRetrying(this.absolute(id), target, this.spec.fs);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw toAppError(error, this.absolute(id));
      return;
    }
    // The move is the deletion's commit point: make both folders' entries durable.
    await syncFolder(path.dirname(target), this.spec.fs);
    await syncFolder(path.dirname(this.absolute(id)), this.spec.fs);
  }

  /**
   * Commits a change to a logged record: appends `line` to its log and fsyncs (the commit
   * point), then takes `next` as the state in memory. The file is rewritten later.
   */
  commit(id: string, line: LogLine, next: z.output<S>): Promise<void> {
    return this.queue.run(id, async () => {
      const doc = await this.get(id);
      await this.log.append(id, { ...line, v: this.spec.currentVersion });
      doc.adopt(next);
      this.unsaved.set(id, (this.unsaved.get(id) ?? 0) + 1);
      this.schedule(id);
    });
  }

  /** Rewrites the record's file now if its log holds changes the file lacks (before a direct read). */
  snapshot(id: string): Promise<void> {
    return this.queue.run(id, () => this.snapshotNow(id));
  }

  /**
   * At close: stops every timer (none is scheduled after this, so nothing writes once the lock
   * is released) and rewrites every record whose log holds unsaved lines (failures keep their log).
   */
  async snapshotAll(): Promise<void> {
    this.stop();
    await Promise.all([...this.unsaved.keys()].map((id) => this.snapshot(id).catch(() => undefined)));
  }

  /** Stops every snapshot timer for good (close, or a workspace that failed to open). */
  stop(): void {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /**
   * At open: folds each log into its record's file. A log whose record file is missing is never
   * simply removed: if the record was deleted (its moved file holds every line) the log is
   * redundant; else the record is restored from its newest backup and the log replayed onto it;
   * else the log is set aside for recovery and the user told.
   */
  async settleLogs(): Promise<void> {
    for (const id of await this.log.ids()) {
      if (await this.exists(id)) await this.get(id).catch(() => undefined);
      else await this.settleOrphan(id).catch(() => undefined);
    }
  }

  private async settleOrphan(id: string): Promise<void> {
    const { lines } = await this.log.contents(id);
    const deleted = await this.deletedRevision(id);
    if (deleted !== null && lines.every((line) => line.revision <= deleted)) {
      await this.log.remove(id);
      return;
    }
    if (deleted === null && (await this.restoreFromBackup(id))) return;
    const aside = await this.log.setAside(id, 'orphaned', new Date());
    const kept = `${this.spec.folder}/${path.basename(aside)}`;
    this.spec.notify({
      level: 'error',
      message: `The file of a ${this.spec.noun} (${this.relative(id)}) is missing and no backup of it was found. Its saved changes were kept as ${kept} for recovery; nothing was deleted.`,
      key: 'logOrphaned',
      values: { kind: this.spec.noun, file: this.relative(id), aside: kept },
    });
  }

  /**
   * At open, for a record the list had but whose file is missing (a sync client or antivirus
   * took it): restored from its newest backup when there is one (then returned), or reported as
   * needing recovery. A record that was deleted (its file is in backups/deleted) returns null.
   */
  async recoverMissing(id: string, name: string): Promise<z.output<S> | null> {
    if ((await this.deletedRevision(id)) !== null) return null;
    if (await this.restoreFromBackup(id)) return (await this.get(id)).data;
    this.spec.notify({
      level: 'error',
      message: `The file of the ${this.spec.noun} “${name}” (${this.relative(id)}) is missing and no backup of it was found, so it needs recovery: put the file back (from your sync service, or antivirus quarantine) and reopen the workspace.`,
      key: 'recordMissing',
      values: { kind: this.spec.noun, name, file: this.relative(id) },
    });
    return null;
  }

  /** Brings a missing record back from its newest valid backup (document.ts says so); false when there is none. */
  private async restoreFromBackup(id: string): Promise<boolean> {
    if (!(await this.spec.backups.has(this.relative(id)))) return false;
    try {
      await this.load(id, () => {
        throw new AppError('not_found', `That ${this.spec.noun} no longer exists.`);
      });
      return true;
    } catch {
      return false;
    }
  }

  /** The revision of the newest copy of `id` that remove() moved into backups/deleted, or null. */
  private async deletedRevision(id: string): Promise<number | null> {
    const dir = path.join(this.spec.workspaceDir, 'backups', 'deleted');
    const prefix = `${this.spec.folder}-${id}-`;
    const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(prefix) && n.endsWith('.json')).sort();
    const newest = names.at(-1);
    if (!newest) return null;
    try {
      const raw = JSON.parse(await fs.readFile(path.join(dir, newest), 'utf8')) as z.output<S>;
      return this.spec.revision ? this.spec.revision(raw) : Number.POSITIVE_INFINITY;
    } catch {
      // Unreadable, but the record was deleted: its log must not bring it back.
      return Number.POSITIVE_INFINITY;
    }
  }

  private schedule(id: string): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    const later = (delay: number) => {
      if (this.closed) return;
      const timer = setTimeout(() => {
        this.timers.delete(id);
        // A failed snapshot loses nothing (the log keeps the changes): try again after a pause.
        this.snapshot(id).catch(() => later(this.spec.idleMs ?? IDLE_MS));
      }, delay);
      timer.unref();
      this.timers.set(id, timer);
    };
    const long = (this.unsaved.get(id) ?? 0) >= MAX_LINES || this.log.bytes(id) >= MAX_LOG_BYTES;
    later(long ? 0 : (this.spec.idleMs ?? IDLE_MS));
  }

  private async snapshotNow(id: string): Promise<void> {
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
    const text = needsRaw ? await readTextIfExists(this.absolute(id), this.spec.fs) : null;
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
        this.schedule(id);
        return;
      }
    }
    if (!aside) {
      await this.log.remove(id).catch(() => undefined);
      return;
    }
    const file = await this.log.setAside(id, 'damaged', new Date());
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
