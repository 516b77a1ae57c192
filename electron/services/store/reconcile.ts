import { statSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { ServiceContext } from '../context';
import { repairJournal, settleImport } from '../journal/repair';
import type { SummaryList } from './record-commit';

/** What reconcile needs to know about one kind of record. */
export interface ReconcileSpec<Rec, Sum extends { id: string }> {
  noun: string;
  ids: () => Promise<string[]>;
  /** Reads and validates a record file; throws when it is missing or invalid. */
  readStored: (id: string) => Promise<Rec>;
  revision: (record: Rec) => number;
  summaries: SummaryList<Rec, Sum>;
  /**
   * A listed record whose file is missing: restores it (returned) or reports it as needing
   * recovery (null). Without it such a record drops from the list.
   */
  recoverMissing?: (summary: Sum) => Promise<Rec | null>;
  /** The record's files (its file, log and journal), whose sizes and times say whether it changed. */
  files?: (id: string) => string[];
  /** The folder, as the key of its records' stamps (e.g. `cases`). */
  folder?: string;
}

/** Whether a file exists, from one listing of each of the folders `sample` names. */
async function listingOf(sample: string[]): Promise<(file: string) => boolean> {
  const folders = [...new Set(sample.map((file) => path.dirname(file)))];
  const names = new Map(
    await Promise.all(folders.map(async (dir) => [dir, new Set(await fs.readdir(dir).catch(() => [] as string[]))] as const)),
  );
  return (file) => names.get(path.dirname(file))?.has(path.basename(file)) ?? true;
}

/** A file modified this recently may change again within its mtime's resolution (FAT: 2 s). */
const RACY_MS = 3_000;

/**
 * Size and mtime of each file (`-` for a missing one), or null when one was modified so recently
 * that a later change could leave the same stamp (git's "racy" index entries).
 */
function stampOf(files: string[], now: number, exists: (file: string) => boolean = () => true): string | null {
  // A missing file is known from its folder's listing: a failed stat costs far more than a listing.
  // Synchronous on purpose: a stat of a cached inode takes microseconds, while 1,000 promise stats
  // queue through libuv's four threads and cost ~30 ms of the open (the open waits for them anyway).
  const stats = files.map((file) => (exists(file) ? (statSync(file, { throwIfNoEntry: false }) ?? null) : null));
  if (stats.some((stat) => stat && now - stat.mtimeMs < RACY_MS)) return null;
  return stats.map((stat) => (stat ? `${stat.size}:${stat.mtimeMs}` : '-')).join('|');
}

/**
 * Run at open, before anything else touches these records. The record files are the truth:
 * each journal's tail is repaired against its record, and the summaries in the index are
 * rebuilt from the files wherever they disagree. So a case whose file exists is always listed,
 * whatever happened to `casebook.json` (damaged, restored from an older backup, or a crash
 * between writing a case and its summary). Returns the ids of the records found.
 */
export async function reconcileRecords<Rec, Sum extends { id: string }>(
  ctx: ServiceContext,
  spec: ReconcileSpec<Rec, Sum>,
): Promise<Set<string>> {
  const ids = await spec.ids();
  const fresh = new Map<string, Sum>();
  const listed = new Set(spec.summaries.get(ctx.index.data).map((s) => s.id));
  const seen = ctx.index.data.recordStamps;
  const stamps: Record<string, string> = {};
  const keyOf = (id: string) => `${spec.folder ?? spec.noun}/${id}`;
  const now = Date.now();
  // Stat every record's files at once (cheap), then read only the records that changed since the
  // index last saw them: a 1,000-case workspace opens without reading 1,000 case files.
  const exists = await listingOf(ids.length > 0 && spec.files ? spec.files(ids[0]) : []);
  const before = ids.map((id) => (spec.files ? stampOf(spec.files(id), now, exists) : null));
  for (const [i, id] of ids.entries()) {
    const stamp = before[i];
    if (stamp !== null && listed.has(id) && seen[keyOf(id)] === stamp) {
      stamps[keyOf(id)] = stamp;
      continue;
    }
    let record: Rec;
    try {
      record = await spec.readStored(id);
    } catch {
      // An unreadable file keeps its old summary (its file exists, so it stays listed); opening
      // it recovers it from a backup and says so.
      continue;
    }
    await repairOne(ctx, id, spec.revision(record), spec.noun);
    try {
      fresh.set(id, spec.summaries.summarise(record));
      // Taken after the repair, which may rewrite the journal.
      const after = spec.files ? stampOf(spec.files(id), now) : null;
      if (after !== null) stamps[keyOf(id)] = after;
    } catch {
      // A record this Casebook cannot summarise (an unknown framework) keeps its old summary.
    }
  }
  const present = new Set(ids);
  const current = spec.summaries.get(ctx.index.data);
  // A record the list knows but whose file is gone was lost (not deleted: a deletion moves the
  // file to backups/deleted, and recoverMissing tells the two apart).
  for (const summary of current) {
    if (present.has(summary.id) || !spec.recoverMissing) continue;
    const record = await spec.recoverMissing(summary).catch(() => null);
    if (!record) continue;
    present.add(summary.id);
    await repairOne(ctx, summary.id, spec.revision(record), spec.noun);
    fresh.set(summary.id, spec.summaries.summarise(record));
  }
  const next: Sum[] = [];
  const keptIds = new Set<string>();
  let changed = false;
  for (const summary of current) {
    // A Set, not next.some(): with 1,000 records a scan per row was a million comparisons per open.
    if (!present.has(summary.id) || keptIds.has(summary.id)) {
      changed = true;
      continue;
    }
    keptIds.add(summary.id);
    const rebuilt = fresh.get(summary.id);
    if (rebuilt && !spec.summaries.same(summary, rebuilt)) changed = true;
    next.push(rebuilt && !spec.summaries.same(summary, rebuilt) ? rebuilt : summary);
    fresh.delete(summary.id);
  }
  for (const rebuilt of fresh.values()) {
    next.push(rebuilt);
    changed = true;
  }
  const prefix = `${spec.folder ?? spec.noun}/`;
  const stale = Object.keys(seen).filter((key) => key.startsWith(prefix) && seen[key] !== stamps[key]);
  const added = Object.keys(stamps).filter((key) => seen[key] !== stamps[key]);
  if (changed || stale.length > 0 || added.length > 0) {
    await ctx.index.update((data) => {
      spec.summaries.set(data, next);
      const kept = Object.fromEntries(Object.entries(data.recordStamps).filter(([key]) => !key.startsWith(prefix)));
      data.recordStamps = { ...kept, ...stamps };
    });
  }
  return present;
}

/** Repairs the journals of records whose file does not exist (deleted, or never created). */
export async function repairOrphanJournals(ctx: ServiceContext, known: Set<string>): Promise<void> {
  const dir = path.join(ctx.workspaceDir, 'journal');
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.endsWith('.jsonl')) continue;
    const id = name.slice(0, -'.jsonl'.length);
    if (!known.has(id)) await repairOne(ctx, id, null, 'deleted record');
  }
}

async function repairOne(ctx: ServiceContext, id: string, revision: number | null, noun: string): Promise<void> {
  const file = ctx.journals.fileFor(id);
  const repair = await ctx.journals.exclusive(id, async () => {
    await settleImport(file, revision);
    return repairJournal(file, revision, ctx.clock());
  });
  if (repair.torn > 0 && repair.asideFile) {
    ctx.notify({
      level: 'warning',
      message: `The history of a ${noun} ended in a line that was only half written (Casebook was stopped while saving). That line was never confirmed as saved; it was set aside as ${path.basename(repair.asideFile)}. Every saved change is still in the history.`,
      key: 'historyLineSetAside',
      values: { kind: noun, aside: `journal/${path.basename(repair.asideFile)}` },
    });
  }
}
