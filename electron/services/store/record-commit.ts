import type { z } from 'zod';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { JournalInput } from '../journal/journal';
import type { IndexFile } from '../workspace/index-file';
import { EntityFolder, type EntityFolderSpec, type Versioned } from './entity-folder';
import { KeyedQueue } from './keyed-queue';
import { diff } from './patch';

/** What one commit does to a record's files. */
export type RecordChange<F> =
  /** A new record: its file is written whole. */
  | { kind: 'create'; file: F }
  /** A change: `before` is the record as it is, `next` as it will be (validated already). */
  | { kind: 'change'; before: F; next: F }
  /** A deletion: the file moves into backups/deleted. */
  | { kind: 'remove' };

export interface RecordKind<S extends Versioned, Rec, Sum extends { id: string }> {
  /** As the change feed names it. */
  kind: 'case' | 'workshop';
  folder: Omit<EntityFolderSpec<S>, 'queue'>;
  /** The record inside its file (a workshop file wraps its workshop). */
  recordOf: (file: z.output<S>) => Rec;
  summaries: SummaryList<Rec, Sum>;
}

/**
 * One kind of record (cases, workshops): its files, its one queue, and the one commit sequence
 * (commit() below) that every create, change and deletion of a record follows.
 *
 * The queue: every change of a record, and every rewrite, move or overwrite of its files
 * (including the rewrite EntityFolder schedules after an idle pause, and the ones at close), run
 * one at a time in `queue`, in the order they were asked for. There is no other queue for a
 * record's files: EntityFolder uses this one. (The journal keeps its own per-file order, for
 * lines that do not come from a record change: an export, a signed report.)
 */
export class RecordCommits<S extends Versioned, Rec, Sum extends { id: string }> {
  readonly queue = new KeyedQueue();
  readonly folder: EntityFolder<S>;
  readonly summaries: Summaries<Rec, Sum>;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly spec: RecordKind<S, Rec, Sum>,
  ) {
    this.folder = new EntityFolder({ ...spec.folder, queue: this.queue });
    this.summaries = new Summaries(ctx, spec.summaries);
  }

  /** Runs `task` after every earlier task for record `id`, before any later one. */
  serialise<T>(id: string, task: () => Promise<T>): Promise<T> {
    return this.queue.run(id, task);
  }

  /** Rewrites the record's file from its log now, in its turn (before reading the file directly). */
  settle(id: string): Promise<void> {
    return this.queue.run(id, () => this.folder.rewrite(id));
  }

  /**
   * The commit sequence. Runs inside serialise(id); resolves once the change is durable.
   * `revision` is the record's revision after the change (a deletion: one past the last).
   */
  async commit(id: string, revision: number, note: JournalInput | null, change: RecordChange<z.output<S>>): Promise<void> {
    // 1. The history line, naming the new revision, is fsynced first. If the process dies before
    //    step 2, the repair at open finds a line newer than the record and sets it aside; the other
    //    order could leave a saved change that its history never mentions.
    const entry = note ? await this.ctx.journals.append(id, { ...note, details: { ...note.details, revision } }) : null;
    // 2. The commit point. A change is one line appended to the record's write-ahead log and
    //    fsynced (whatever the record's size); a new record is its whole file; a deletion moves the
    //    file, every logged change rewritten into it first. If this fails, the history line is
    //    taken back, so a line always has its saved change.
    try {
      if (change.kind === 'create') await this.folder.create(id, change.file);
      else if (change.kind === 'change')
        await this.folder.appendChange(id, { revision, ops: diff(change.before, change.next) }, change.next);
      else await this.folder.remove(id);
    } catch (error) {
      if (entry) await this.ctx.journals.retract(id, entry).catch(() => undefined);
      throw error;
    }
    // 3. The file is rewritten from the log when due (after an idle pause, or at once when the
    //    log is long), as a later task in this record's queue: after this change, before the next.
    //    It is only compaction: the change is already durable in the log.
    if (change.kind === 'change') this.folder.rewriteWhenDue(id);
    // 4. The summary in casebook.json is derived (rebuilt at open), so it comes after the commit
    //    point and its failure does not fail the saved change.
    if (change.kind === 'remove') await this.summaries.remove(id);
    else await this.summaries.save(this.spec.recordOf(change.kind === 'create' ? change.file : change.next));
    // 5. Followers (search, region sync) hear of the change only once it is on disk.
    this.ctx.changes.publish({ kind: this.spec.kind, id, revision, ...(change.kind === 'remove' ? { deleted: true } : {}) });
  }
}

/** How one kind of record (cases, workshops) keeps its summaries in `casebook.json`. */
export interface SummaryList<Rec, Sum extends { id: string }> {
  get: (index: IndexFile) => Sum[];
  set: (index: IndexFile, summaries: Sum[]) => void;
  summarise: (record: Rec) => Sum;
  /** True when two summaries say the same thing (cases ignore updatedAt: most keystrokes change nothing else). */
  same: (a: Sum, b: Sum) => boolean;
}

/**
 * The summaries of one kind of record in the index. They are derived (rebuilt from the files at
 * every open), so failing to write one never fails the change that was already saved.
 */
export class Summaries<Rec, Sum extends { id: string }> {
  private warned = false;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly list: SummaryList<Rec, Sum>,
  ) {}

  /**
   * Brings the record's summary up to date; writes the index only when it says something new.
   * On a disk failure the user is told once, and the list in memory still shows the new summary.
   */
  async save(record: Rec): Promise<void> {
    const summary = this.list.summarise(record);
    const current = this.list.get(this.ctx.index.data).find((s) => s.id === summary.id);
    if (current && this.list.same(current, summary)) return;
    const put = (data: IndexFile) => {
      const list = this.list.get(data);
      const at = list.findIndex((s) => s.id === summary.id);
      if (at === -1) list.push(summary);
      else list[at] = summary;
    };
    try {
      await this.ctx.index.update(put);
    } catch (error) {
      // A summary the index schema refuses is a bug, not a full disk: keep it out of memory too.
      if (error instanceof AppError && error.code === 'invalid_input') throw error;
      put(this.ctx.index.data);
      if (!this.warned) {
        this.warned = true;
        this.ctx.notify({
          level: 'warning',
          message:
            'Your change was saved, but the list of records could not be updated on disk. Casebook rebuilds it the next time it opens this workspace.',
          key: 'listNotUpdated',
        });
      }
    }
  }

  async remove(id: string): Promise<void> {
    const drop = (data: IndexFile) =>
      this.list.set(
        data,
        this.list.get(data).filter((s) => s.id !== id),
      );
    try {
      await this.ctx.index.update(drop);
    } catch {
      drop(this.ctx.index.data);
    }
  }
}
