import { caseSchema, CASE_SCHEMA_VERSION, type CaseRecord } from '../../../shared/domain/case';
import { addMonths, eligibility, stageOf } from '../../../shared/domain/case-rules';
import type { CaseSummary } from '../../../shared/domain/case-summary';
import { findFramework, type Framework } from '../../../shared/frameworks';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { EntityFolder } from '../store/entity-folder';

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
    throw new AppError('unsupported', `This case uses framework ${record.framework.id} version ${record.framework.version}, which this Casebook does not know. Update Casebook to open it.`);
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

/**
 * Cases on disk (`cases/<id>.json`), their summaries in the index, and their journals.
 * Every change is computed on a copy, validated whole, written durably, then journalled:
 * a change that would leave an invalid case never reaches the disk.
 */
export class CaseStore {
  readonly folder: EntityFolder<typeof caseSchema>;
  private lastNote = new Map<string, { key: string; at: number }>();

  constructor(private readonly ctx: ServiceContext) {
    this.folder = new EntityFolder({
      workspaceDir: ctx.workspaceDir,
      folder: 'cases',
      schema: caseSchema,
      currentVersion: CASE_SCHEMA_VERSION,
      backups: ctx.backups,
      notify: ctx.notify,
      fs: ctx.fs,
      noun: 'case',
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

  /** Writes a brand-new case (its file, summary and first journal line). */
  async create(record: CaseRecord, note: JournalNote): Promise<CaseRecord> {
    const valid = caseSchema.parse(record);
    await this.folder.create(valid.id, valid);
    await this.saveSummary(valid);
    await this.journal(valid.id, note);
    return valid;
  }

  /**
   * Applies `change` to a copy of the case; it returns its history line (null: nothing worth a
   * line) and may throw an AppError to refuse. Resolves once the case is on disk and journalled.
   */
  async mutate<R = CaseRecord>(
    id: string,
    change: (draft: CaseRecord) => { note: JournalNote | null; result?: R },
  ): Promise<{ record: CaseRecord; result: R | undefined }> {
    const doc = await this.folder.get(id);
    const draft = structuredClone(doc.data);
    const { note, result } = change(draft);
    draft.updatedAt = this.ctx.clock().toISOString();
    draft.revision = doc.data.revision + 1;
    const parsed = caseSchema.safeParse(draft);
    if (!parsed.success) {
      throw new AppError('invalid_input', `That change was not saved: ${parsed.error.issues[0]?.message ?? 'the case would not be valid'}.`);
    }
    const next = parsed.data;
    await doc.update((data) => {
      Object.assign(data, next);
    });
    await this.saveSummary(next);
    if (note) await this.journal(id, note);
    return { record: next, result };
  }

  async remove(id: string): Promise<void> {
    const record = await this.get(id);
    await this.folder.remove(id);
    await this.ctx.index.update((data) => {
      data.caseSummaries = data.caseSummaries.filter((s) => s.id !== id);
    });
    await this.ctx.journals.append(id, { kind: 'case.deleted', summary: `Case for ${record.organisationName} deleted (file kept in backups)` });
  }

  /** Rewrites the index summary only when it changed, so most keystrokes touch one file. */
  async saveSummary(record: CaseRecord): Promise<void> {
    const summary = summarise(record);
    const current = this.ctx.index.data.caseSummaries.find((s) => s.id === record.id);
    const comparable = (s: CaseSummary) => JSON.stringify({ ...s, updatedAt: '' });
    if (current && comparable(current) === comparable(summary)) return;
    await this.ctx.index.update((data) => {
      const index = data.caseSummaries.findIndex((s) => s.id === record.id);
      if (index === -1) data.caseSummaries.push(summary);
      else data.caseSummaries[index] = summary;
    });
  }

  private async journal(id: string, note: JournalNote): Promise<void> {
    const now = this.ctx.clock().getTime();
    if (note.coalesceKey) {
      const last = this.lastNote.get(id);
      if (last && last.key === note.coalesceKey && now - last.at < COALESCE_MS) return;
    }
    this.lastNote.set(id, { key: note.coalesceKey ?? '', at: now });
    await this.ctx.journals.append(id, { kind: note.kind, summary: note.summary, details: note.details });
  }
}
