import type { JournalEntry } from '../../../shared/domain/journal';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { JournalInput } from '../journal/journal';
import type { IndexFile } from '../workspace/index-file';
import { KeyedQueue } from './keyed-queue';

/** How one kind of record (cases, workshops) keeps its summaries in `casebook.json`. */
export interface SummaryList<Rec, Sum extends { id: string }> {
  get: (index: IndexFile) => Sum[];
  set: (index: IndexFile, summaries: Sum[]) => void;
  summarise: (record: Rec) => Sum;
  /** True when two summaries say the same thing (cases ignore updatedAt: see saveSummary). */
  same: (a: Sum, b: Sum) => boolean;
}

/**
 * The one commit sequence every record change follows (see DESIGN notes in store.md):
 *
 * 1. the journal line, carrying the record's new revision, is appended and fsynced;
 * 2. the record's write: this is the commit point. For cases, a line in the case's write-ahead
 *    log (EntityFolder.commit; the case file is rewritten later); for workshops, the file;
 * 3. the summary in `casebook.json` is brought up to date (derived; rebuilt at open).
 *
 * If step 2 fails, the line is retracted; if the process dies between 1 and 2, the repair at
 * open finds a line newer than its record (file plus log) and sets it aside. So a saved change
 * always has its line and a line always has its saved change. Changes to one record run one
 * at a time.
 */
export class RecordCommits<Rec, Sum extends { id: string }> {
  readonly queue = new KeyedQueue();
  private summaryWarned = false;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly summaries: SummaryList<Rec, Sum>,
  ) {}

  /** Runs `task` after every earlier change to record `id`, before any later one. */
  serialise<T>(id: string, task: () => Promise<T>): Promise<T> {
    return this.queue.run(id, task);
  }

  /**
   * Steps 1 and 2: journals `note` (if any) for `revision`, then runs `write`. Must run inside
   * serialise(). Resolves once both are durable; if `write` fails the line is taken back.
   */
  async journalThenWrite(id: string, revision: number, note: JournalInput | null, write: () => Promise<void>): Promise<void> {
    let entry: JournalEntry | null = null;
    if (note) entry = await this.ctx.journals.append(id, { ...note, details: { ...note.details, revision } });
    try {
      await write();
    } catch (error) {
      if (entry) {
        const written = entry;
        await this.ctx.journals.retract(id, written).catch(() => undefined);
      }
      throw error;
    }
  }

  /**
   * Step 3. The change is already saved, so a failure here is not the change failing: the
   * summary is derived and rebuilt at the next open. The user is told once, and the list in
   * memory still shows the new summary.
   */
  async saveSummary(record: Rec): Promise<void> {
    const summary = this.summaries.summarise(record);
    const current = this.summaries.get(this.ctx.index.data).find((s) => s.id === summary.id);
    if (current && this.summaries.same(current, summary)) return;
    const put = (data: IndexFile) => {
      const list = this.summaries.get(data);
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
      if (!this.summaryWarned) {
        this.summaryWarned = true;
        this.ctx.notify({
          level: 'warning',
          message:
            'Your change was saved, but the list of records could not be updated on disk. Casebook rebuilds it the next time it opens this workspace.',
          key: 'listNotUpdated',
        });
      }
    }
  }

  async removeSummary(id: string): Promise<void> {
    const drop = (data: IndexFile) =>
      this.summaries.set(
        data,
        this.summaries.get(data).filter((s) => s.id !== id),
      );
    try {
      await this.ctx.index.update(drop);
    } catch {
      drop(this.ctx.index.data);
    }
  }
}
