import {
  summarise,
  WORKSHOP_FILE_VERSION,
  workshopFileSchema,
  workshopSchema,
  type Workshop,
} from '../../../shared/domain/workshop';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { EntityFolder } from '../store/entity-folder';

export interface JournalNote {
  kind: string;
  summary: string;
  details?: Record<string, unknown>;
}

/**
 * The workshop files (`workshops/<id>.json`) with their summaries in the index. Every change
 * is validated as a whole workshop before it is written, then summarised and journalled.
 */
export class WorkshopStore {
  readonly folder: EntityFolder<typeof workshopFileSchema>;

  constructor(private readonly ctx: ServiceContext) {
    this.folder = new EntityFolder({
      workspaceDir: ctx.workspaceDir,
      folder: 'workshops',
      schema: workshopFileSchema,
      currentVersion: WORKSHOP_FILE_VERSION,
      backups: ctx.backups,
      notify: ctx.notify,
      fs: ctx.fs,
      noun: 'workshop',
    });
  }

  async get(id: string): Promise<Workshop> {
    return (await this.folder.get(id)).data.workshop;
  }

  async create(workshop: Workshop, note: JournalNote): Promise<Workshop> {
    const parsed = workshopSchema.parse(workshop);
    await this.folder.create(parsed.id, { schemaVersion: WORKSHOP_FILE_VERSION, workshop: parsed });
    await this.saveSummary(parsed);
    await this.ctx.journals.append(parsed.id, note);
    return parsed;
  }

  /**
   * Applies `change` to a copy of the workshop; writes it only if the result is a valid
   * workshop. `change` returns the journal note (or null when nothing worth recording changed).
   */
  async change(id: string, change: (w: Workshop) => JournalNote | null): Promise<Workshop> {
    const doc = await this.folder.get(id);
    let note: JournalNote | null = null;
    const updated = await doc.update((data) => {
      const copy = structuredClone(data.workshop);
      note = change(copy);
      copy.updatedAt = this.ctx.clock().toISOString();
      copy.revision = data.workshop.revision + 1;
      const result = workshopSchema.safeParse(copy);
      if (!result.success) {
        const first = result.error.issues[0];
        throw new AppError('invalid_input', `${first?.message ?? 'The change is not valid'} (${first?.path.join('.') ?? 'workshop'}). Nothing was saved.`);
      }
      data.workshop = result.data;
      return result.data;
    });
    await this.saveSummary(updated);
    if (note) await this.ctx.journals.append(id, note);
    return updated;
  }

  async remove(id: string, title: string): Promise<void> {
    await this.ctx.journals.append(id, { kind: 'workshop.deleted', summary: `Deleted workshop “${title}”.` });
    await this.folder.remove(id);
    await this.ctx.index.update((data) => {
      data.workshops = data.workshops.filter((w) => w.id !== id);
    });
  }

  private async saveSummary(workshop: Workshop): Promise<void> {
    const summary = summarise(workshop);
    const current = this.ctx.index.data.workshops.find((w) => w.id === workshop.id);
    if (current && JSON.stringify(current) === JSON.stringify(summary)) return;
    await this.ctx.index.update((data) => {
      const index = data.workshops.findIndex((w) => w.id === workshop.id);
      if (index === -1) data.workshops.push(summary);
      else data.workshops[index] = summary;
    });
  }
}
