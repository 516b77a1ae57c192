import { caseSchema, CASE_SCHEMA_VERSION, type CaseRecord } from '../../../shared/domain/case';
import { addMonths, eligibility, stageOf } from '../../../shared/domain/case-rules';
import type { CaseSummary } from '../../../shared/domain/case-summary';
import { findFramework, type Framework } from '../../../shared/frameworks';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { EntityFolder } from '../store/entity-folder';
import { recoverMissing, settleLogs } from '../store/entity-recovery';
import { reconcileRecords } from '../store/reconcile';
import { produce } from '../store/draft';
import { diff } from '../store/patch';
import { RecordCommits, type SummaryList } from '../store/record-commit';
import { SetAsideLogs } from '../store/set-aside';
import { validateOps } from '../store/validate-ops';

/** What a change says about itself in the case's history. */
export interface JournalNote {
  kind: string;
  summary: string;
  details?: Record<string, unknown>;
  /**
   * Text edits arrive every few hundred milliseconds while someone types. Successive edits of the
   * same field within COALESCE_MS make one history line; the case file itself keeps every keystroke.
   */
  coalesceKey?: string;
}

export const COALESCE_MS = 10 * 60 * 1000;

export function frameworkOf(record: Pick<CaseRecord, 'framework'>): Framework {
  const framework = findFramework(record.framework);
  if (!framework) {
    throw new AppError('unsupported', 'unknownFramework', { framework: record.framework.id, version: record.framework.version });
  }
  return framework;
}

export function summarise(record: CaseRecord): CaseSummary {
  return {
    id: record.id,
    organisationId: record.organisationId,
    organisationName: record.organisationName,
    stage: stageOf(record),
    assessor: record.assessor,
    signUpDate: record.signUp.date,
    actionPlanReceived: record.actionPlan.receivedDate,
    actionPlanDue: record.signUp.date ? addMonths(record.signUp.date, frameworkOf(record).actionPlanDueMonths) : null,
    outcome: record.recommendation.outcome,
    recorded: record.recommendation.recordedAt !== null,
    eligible: eligibility(record, frameworkOf(record)).eligible,
    evidenceCount: record.assessment.evidence.length,
    updatedAt: record.updatedAt,
  };
}

const summaryList: SummaryList<CaseRecord, CaseSummary> = {
  get: (index) => index.caseSummaries,
  set: (index, summaries) => {
    index.caseSummaries = summaries;
  },
  summarise,
  // Most keystrokes change only updatedAt; not rewriting the index for them keeps one file per save.
  same: (a, b) => JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' }),
};

/**
 * Cases on disk (`cases/<id>.json` and its write-ahead log), their summaries in the index, and
 * their journals. Every change is computed on a copy-on-write draft and validated before
 * anything is written, then committed by RecordCommits.commit (history line, log line, rewrite
 * when due, summary), inside the case's turn in its one queue: a change that would leave an
 * invalid case never reaches the disk, and changes to one case run one at a time, in the order
 * they arrived.
 */
export class CaseStore {
  readonly commits: RecordCommits<typeof caseSchema, CaseRecord, CaseSummary>;
  readonly folder: EntityFolder<typeof caseSchema>;
  /** Logs set aside for recovery (damaged, gapped, orphaned), listed and recovered through this store's queue and commit. */
  readonly setAside: SetAsideLogs<typeof caseSchema>;
  private lastNote = new Map<string, { key: string; at: number }>();

  constructor(private readonly ctx: ServiceContext) {
    this.commits = new RecordCommits(ctx, {
      kind: 'case',
      folder: {
        workspaceDir: ctx.workspaceDir,
        folder: 'cases',
        schema: caseSchema,
        currentVersion: CASE_SCHEMA_VERSION,
        backups: ctx.backups,
        notify: ctx.notify,
        fs: ctx.fs,
        noun: 'case',
        revision: (record) => record.revision,
        idleMs: ctx.checkpointIdleMs,
        stillHeld: ctx.stillHeld,
      },
      recordOf: (record) => record,
      summaries: summaryList,
    });
    this.folder = this.commits.folder;
    this.setAside = new SetAsideLogs({
      kind: 'case',
      folder: this.folder,
      serialise: (id, task) => this.commits.serialise(id, task),
      commit: (id, revision, note, change) => this.commits.commit(id, revision, note, change),
      nameOf: (record) => record.organisationName,
      stamp: (record, revision, at) => ({ ...record, revision, updatedAt: at }),
      bookkeeping: (p) => p.length === 1 && (p[0] === 'revision' || p[0] === 'updatedAt'),
      clock: ctx.clock,
    });
  }

  /** At open: repairs each case's journal tail and rebuilds the case list from the files. */
  async reconcile(): Promise<Set<string>> {
    await settleLogs(this.folder);
    return reconcileRecords(this.ctx, {
      noun: 'case',
      ids: () => this.folder.ids(),
      readStored: (id) => this.folder.readStored(id),
      recoverMissing: (summary) => recoverMissing(this.folder, summary.id, summary.organisationName),
      folder: 'cases',
      files: (id) => [this.folder.fileFor(id), this.folder.log.fileFor(id), this.ctx.journals.fileFor(id)],
      revision: (record) => record.revision,
      summaries: summaryList,
    });
  }

  async get(id: string): Promise<CaseRecord> {
    return (await this.folder.get(id)).data;
  }

  /** Every case, read without keeping each file open (1,000 open cases would hold ~200 MB). */
  async all(): Promise<CaseRecord[]> {
    const ids = await this.folder.ids();
    const records: CaseRecord[] = [];
    for (const id of ids) {
      try {
        records.push(await this.folder.peek(id));
      } catch {
        // A file that cannot be opened is reported by the document layer; skip it here.
      }
    }
    return records;
  }

  /** Writes a brand-new case (its first journal line, its file, its summary). */
  async create(record: CaseRecord, note: JournalNote): Promise<CaseRecord> {
    const valid = caseSchema.parse(record);
    return this.commits.serialise(valid.id, async () => {
      if (await this.folder.exists(valid.id)) throw new AppError('conflict', 'caseIdTaken');
      await this.commits.commit(valid.id, valid.revision, noteInput(note), { kind: 'create', file: valid });
      this.lastNote.set(valid.id, { key: note.coalesceKey ?? '', at: this.ctx.clock().getTime() });
      return valid;
    });
  }

  /**
   * Applies `change` to a copy-on-write draft of the case; it returns its history line (null:
   * nothing worth a line) and may throw an AppError to refuse. Only the changed parts are
   * validated, against the schema the case is stored with, and a refused or invalid change
   * touches nothing. Resolves once the change is durable: its history line (if any), then its
   * line in the case's write-ahead log, are fsynced; the case file is rewritten later
   * (RecordCommits.commit). So an autosave costs the same on a 10 KB case as on a 1 MB one.
   */
  mutate<R = CaseRecord>(
    id: string,
    change: (draft: CaseRecord) => { note: JournalNote | null; result?: R },
  ): Promise<{ record: CaseRecord; result: R | undefined }> {
    return this.commits.serialise(id, async () => {
      const before = (await this.folder.get(id)).data;
      const { next: changed, result: outcome } = produce(before, (draft) => {
        const made = change(draft);
        draft.updatedAt = this.ctx.clock().toISOString();
        // Every saved change gets the next revision; the journal line names it (see RecordCommits).
        draft.revision = before.revision + 1;
        return made;
      });
      const { note, result } = outcome;
      const ops = diff(before, changed);
      const next = validateOps(caseSchema, changed, ops, 'case');
      const line = note && !this.coalesces(id, note) ? noteInput(note) : null;
      await this.commits.commit(id, next.revision, line, { kind: 'change', before, next });
      if (note && line) this.lastNote.set(id, { key: note.coalesceKey ?? '', at: this.ctx.clock().getTime() });
      return { record: next, result };
    });
  }

  /** Journals the deletion, then moves the file into backups, then drops its summary. */
  remove(id: string): Promise<void> {
    return this.commits.serialise(id, async () => {
      const record = await this.get(id);
      const line = { kind: 'case.deleted', summary: `Case for ${record.organisationName} deleted (file kept in backups)` };
      await this.commits.commit(id, record.revision + 1, line, { kind: 'remove' });
      this.lastNote.delete(id);
    });
  }

  /** Successive edits of one field within COALESCE_MS share the history line already written. */
  private coalesces(id: string, note: JournalNote): boolean {
    if (!note.coalesceKey) return false;
    const last = this.lastNote.get(id);
    return Boolean(last && last.key === note.coalesceKey && this.ctx.clock().getTime() - last.at < COALESCE_MS);
  }
}

const noteInput = (note: JournalNote) => ({ kind: note.kind, summary: note.summary, details: note.details });
