import {
  summarise,
  WORKSHOP_FILE_VERSION,
  workshopFileSchema,
  workshopSchema,
  type Workshop,
  type WorkshopSummary,
} from '../../../shared/domain/workshop';
import { AppError } from '../../../shared/result';
import { produce } from '../store/draft';
import { diff } from '../store/patch';
import { validateOps } from '../store/validate-ops';
import type { ServiceContext } from '../context';
import type { EntityFolder } from '../store/entity-folder';
import { recoverMissing, settleLogs } from '../store/entity-recovery';
import { reconcileRecords } from '../store/reconcile';
import { RecordCommits, type SummaryList } from '../store/record-commit';
import { SetAsideLogs } from '../store/set-aside';

export interface JournalNote {
  kind: string;
  summary: string;
  details?: Record<string, unknown>;
}

const summaryList: SummaryList<Workshop, WorkshopSummary> = {
  get: (index) => index.workshops,
  set: (index, summaries) => {
    index.workshops = summaries;
  },
  summarise,
  same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
};

/**
 * The workshop files (`workshops/<id>.json` and its write-ahead log) with their summaries in the
 * index. Every change is validated on a copy-on-write draft, then committed by
 * RecordCommits.commit (history line, log line, rewrite when due, summary), one change per
 * workshop at a time in its one queue.
 */
export class WorkshopStore {
  readonly folder: EntityFolder<typeof workshopFileSchema>;
  private readonly commits: RecordCommits<typeof workshopFileSchema, Workshop, WorkshopSummary>;
  /** Logs set aside for recovery (damaged, gapped, orphaned), listed and recovered through this store's queue and commit. */
  readonly setAside: SetAsideLogs<typeof workshopFileSchema>;

  /**
   * `afterCommit` runs after each durable create or change, before the caller hears of it (the
   * issue log takes the workshop's issues this way); a failure there is logged, never the save's.
   */
  constructor(
    private readonly ctx: ServiceContext,
    private readonly afterCommit: (workshop: Workshop) => Promise<void> = async () => undefined,
  ) {
    this.commits = new RecordCommits(ctx, {
      kind: 'workshop',
      folder: {
        workspaceDir: ctx.workspaceDir,
        folder: 'workshops',
        schema: workshopFileSchema,
        currentVersion: WORKSHOP_FILE_VERSION,
        backups: ctx.backups,
        notify: ctx.notify,
        fs: ctx.fs,
        noun: 'workshop',
        // Workshops use the same write-ahead log as cases: a keystroke appends one line, and the
        // file is rewritten later (store/record-commit.ts), never once per keystroke.
        revision: (file) => file.workshop.revision,
        idleMs: ctx.checkpointIdleMs,
        stillHeld: ctx.stillHeld,
      },
      recordOf: (file) => file.workshop,
      summaries: summaryList,
    });
    this.folder = this.commits.folder;
    this.setAside = new SetAsideLogs({
      kind: 'workshop',
      folder: this.folder,
      serialise: (id, task) => this.commits.serialise(id, task),
      commit: (id, revision, note, change) => this.commits.commit(id, revision, note, change),
      nameOf: (file) => file.workshop.title,
      stamp: (file, revision, at) => ({ ...file, workshop: { ...file.workshop, revision, updatedAt: at } }),
      bookkeeping: (p) => p.length === 2 && p[0] === 'workshop' && (p[1] === 'revision' || p[1] === 'updatedAt'),
      clock: ctx.clock,
    });
  }

  /** At open: repairs each workshop's journal tail and rebuilds the list from the files. */
  async reconcile(): Promise<Set<string>> {
    await settleLogs(this.folder);
    return reconcileRecords(this.ctx, {
      noun: 'workshop',
      ids: () => this.folder.ids(),
      readStored: async (id) => (await this.folder.readStored(id)).workshop,
      folder: 'workshops',
      files: (id) => [this.folder.fileFor(id), this.folder.log.fileFor(id), this.ctx.journals.fileFor(id)],
      recoverMissing: async (summary) => (await recoverMissing(this.folder, summary.id, summary.title))?.workshop ?? null,
      revision: (workshop) => workshop.revision,
      summaries: summaryList,
    });
  }

  async get(id: string): Promise<Workshop> {
    return (await this.folder.get(id)).data.workshop;
  }

  create(workshop: Workshop, note: JournalNote): Promise<Workshop> {
    const parsed = workshopSchema.parse(workshop);
    return this.commits.serialise(parsed.id, async () => {
      if (await this.folder.exists(parsed.id)) throw new AppError('conflict', 'workshopIdTaken');
      await this.commits.commit(parsed.id, parsed.revision, note, {
        kind: 'create',
        file: { schemaVersion: WORKSHOP_FILE_VERSION, workshop: parsed },
      });
      await this.follow(parsed);
      return parsed;
    });
  }

  /**
   * Applies `change` to a copy of the workshop; writes it only if the result is a valid
   * workshop. `change` returns the journal note (or null when nothing worth recording changed).
   */
  change(id: string, change: (w: Workshop) => JournalNote | null): Promise<Workshop> {
    return this.commits.serialise(id, async () => {
      const before = (await this.folder.get(id)).data;
      const { next: changed, result: note } = produce(before, (draft) => {
        const made = change(draft.workshop);
        draft.workshop.updatedAt = this.ctx.clock().toISOString();
        // Every saved change gets the next revision; the journal line names it (see RecordCommits).
        draft.workshop.revision = before.workshop.revision + 1;
        return made;
      });
      const next = validateOps(workshopFileSchema, changed, diff(before, changed), 'workshop');
      const updated = next.workshop;
      await this.commits.commit(id, updated.revision, note, { kind: 'change', before, next });
      await this.follow(updated);
      return updated;
    });
  }

  private async follow(workshop: Workshop): Promise<void> {
    try {
      await this.afterCommit(workshop);
    } catch (error) {
      console.error(`after workshop ${workshop.id} changed:`, error);
    }
  }

  remove(id: string, title: string): Promise<void> {
    return this.commits.serialise(id, async () => {
      const revision = (await this.get(id)).revision + 1;
      await this.commits.commit(id, revision, { kind: 'workshop.deleted', summary: `Deleted workshop “${title}”.` }, { kind: 'remove' });
    });
  }
}
