import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { journalEntrySchema, type JournalEntry } from '../../../shared/domain/journal';
import { writeFileDurably } from '../store/durable-file';

/** What a repair found at the end of one journal. */
export interface JournalRepair {
  /** Lines a crash left half-written, or that are not entries at all: never acknowledged. */
  torn: number;
  /** Whole entries whose change never reached the record file (journal first, file second). */
  unfinished: number;
  /** Where the removed lines were kept, or null when nothing was removed. */
  asideFile: string | null;
}

const parseEntry = (line: string): JournalEntry | null => {
  try {
    const parsed = journalEntrySchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/** The record revision a line belongs to; lines written before revisions existed have none. */
export const revisionOf = (entry: JournalEntry): number | null => {
  const revision = entry.details?.revision;
  return typeof revision === 'number' ? revision : null;
};

const isDeletion = (entry: JournalEntry) => entry.kind.endsWith('.deleted');

/**
 * Brings one journal into agreement with its record at open, working only on its tail:
 * - a last line without its newline (a crash mid-append) or trailing lines that are not entries
 *   are torn, never acknowledged, and not tampering;
 * - trailing entries newer than the record (`recordRevision`; null when the record file does not
 *   exist) describe a change whose file write never happened: a save writes its journal line
 *   first, so an interrupted save leaves exactly this.
 * Removed lines are kept beside the journal (`<id>.jsonl.set-aside-<time>`), never destroyed.
 * A line in the middle that is damaged is left alone: that is for verify() to report.
 */
export async function repairJournal(file: string, recordRevision: number | null, now: Date): Promise<JournalRepair> {
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  if (!text) return { torn: 0, unfinished: 0, asideFile: null };
  const lines = text.split('\n');
  const partial = lines.pop() ?? '';
  const removed: string[] = [];
  let torn = 0;
  if (partial) {
    removed.unshift(partial);
    torn += 1;
  }
  while (lines.length > 0 && (lines[lines.length - 1] === '' || !parseEntry(lines[lines.length - 1]))) {
    const line = lines.pop() ?? '';
    if (line) {
      removed.unshift(line);
      torn += 1;
    }
  }
  let unfinished = 0;
  while (lines.length > 0) {
    const entry = parseEntry(lines[lines.length - 1]);
    const revision = entry && revisionOf(entry);
    if (entry === null || revision === null) break;
    const newer = recordRevision === null ? !isDeletion(entry) : revision > recordRevision;
    if (!newer) break;
    removed.unshift(lines.pop() ?? '');
    unfinished += 1;
  }
  if (removed.length === 0) return { torn: 0, unfinished: 0, asideFile: null };
  // The random part keeps an earlier set-aside file from being overwritten under a fixed clock.
  const asideFile = `${file}.set-aside-${now.toISOString().replaceAll(':', '-')}-${randomBytes(3).toString('hex')}`;
  await writeFileDurably(asideFile, `${removed.join('\n')}\n`);
  if (lines.length === 0) await fs.unlink(file);
  else await writeFileDurably(file, `${lines.join('\n')}\n`);
  return { torn, unfinished, asideFile };
}

/**
 * Finishes or undoes an import that a crash interrupted (cases/import-commit.ts). The journal
 * was replaced before the case file; `<journal>.before-import` holds the old one. If the case
 * file carries the import line's revision, the import committed and the copy goes; otherwise
 * the old journal is put back. Returns true when it put the old journal back.
 */
export async function settleImport(file: string, recordRevision: number | null): Promise<boolean> {
  const before = `${file}.before-import`;
  const old = await fs.readFile(before, 'utf8').catch(() => null);
  if (old === null) return false;
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  const lines = text.split('\n').filter(Boolean);
  const last = lines.length ? parseEntry(lines[lines.length - 1]) : null;
  const committed = last !== null && last.kind === 'case.imported' && recordRevision !== null && revisionOf(last) === recordRevision;
  if (!committed) await writeFileDurably(file, old);
  await fs.unlink(before);
  return !committed;
}
