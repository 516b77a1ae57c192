import * as fs from 'node:fs/promises';
import path from 'node:path';
import { caseSchema, type CaseRecord } from '../../../shared/domain/case';
import type { ServiceContext } from '../context';
import type { JournalInput } from '../journal/journal';
import { ensureFolder, writeFileDurably } from '../store/durable-file';
import type { CaseStore } from './case-store';

/** Suffix of the copy of a journal kept while an import replaces it (see settleImport). */
export const BEFORE_IMPORT = '.before-import';

/**
 * Writes an imported case over `id` (new, a copy, or replacing the case there). Crash-safe:
 *
 * 1. when replacing, the old case file and journal are copied into `backups/deleted/`, and the
 *    old journal also to `journal/<id>.jsonl.before-import`;
 * 2. the imported journal, with this import's line chained on, replaces the journal;
 * 3. the case file is replaced in one rename: the commit point;
 * 4. the `.before-import` copy is removed and the summary updated.
 *
 * The import line names the new case's revision. At open, settleImport keeps the new journal
 * when the case file has that revision, and otherwise puts the old journal back: so the case
 * listed is always either the old one with its history or the new one with its history.
 */
export async function commitImport(
  ctx: ServiceContext,
  store: CaseStore,
  imported: CaseRecord,
  journalText: string,
  replacing: boolean,
  note: JournalInput,
): Promise<CaseRecord> {
  const record = caseSchema.parse({ ...imported, revision: imported.revision + 1 });
  const id = record.id;
  return store.commits.serialise(id, async () => {
    const journalFile = ctx.journals.fileFor(id);
    const before = `${journalFile}${BEFORE_IMPORT}`;
    const oldJournal = await fs.readFile(journalFile, 'utf8').catch(() => null);
    const stamp = `${id}-${ctx.clock().getTime()}`;
    const deleted = path.join(ctx.workspaceDir, 'backups', 'deleted');
    await ensureFolder(deleted);
    if (replacing) {
      // The copy kept in backups must hold every saved change, some of which may so far be
      // only in the case's write-ahead log. (This is the case's turn in its queue: rewrite now.)
      await store.folder.rewrite(id);
      const oldCase = await fs.readFile(store.folder.fileFor(id)).catch(() => null);
      if (oldCase) await writeFileDurably(path.join(deleted, `cases-${stamp}.json`), oldCase);
    }
    // An old journal (the case being replaced, or one deleted earlier) is kept, never overwritten.
    if (oldJournal !== null) {
      await writeFileDurably(path.join(deleted, `journal-${stamp}.jsonl`), oldJournal);
      await writeFileDurably(before, oldJournal);
    }
    const text = ctx.journals.textWithLine(journalText, { ...note, details: { ...note.details, revision: record.revision } });
    await ctx.journals.exclusive(id, async () => {
      await ensureFolder(path.dirname(journalFile));
      await writeFileDurably(journalFile, text);
    });
    try {
      await store.folder.overwrite(id, record);
    } catch (error) {
      // The case file was not replaced: its old history goes back with it.
      await ctx.journals
        .exclusive(id, async () => {
          if (oldJournal === null) await fs.unlink(journalFile).catch(() => undefined);
          else await writeFileDurably(journalFile, oldJournal);
        })
        .catch(() => undefined);
      throw error;
    }
    await fs.unlink(before).catch(() => undefined);
    await store.commits.summaries.save(record);
    ctx.changes.publish({ kind: 'case', id, revision: record.revision });
    return record;
  });
}
