import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { summarise as summariseCase } from '../../../electron/services/cases/case-store';
import type { Services } from '../../../electron/services/index';
import { revisionOf } from '../../../electron/services/journal/repair';
import { RecordLog } from '../../../electron/services/store/record-log';
import { replay } from '../../../electron/services/store/replay';
import { caseSchema } from '../../../shared/domain/case';
import { summarise as summariseWorkshop, workshopFileSchema } from '../../../shared/domain/workshop';

/** Every file below `dir` whose name says it is a leftover of an interrupted write. */
export async function leftovers(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && (/\.tmp$/.test(e.name) || e.name.endsWith('.before-import') || e.name.includes('.takeover-')))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/**
 * Each record's state as its files say: the snapshot (`<id>.json`) plus the lines of its
 * write-ahead log (`<id>.wal`) newer than the snapshot. Also counts the log lines that the
 * snapshot did not yet hold.
 */
export async function readRecords<T>(
  dir: string,
  parse: (raw: unknown) => T,
  revision: (raw: unknown) => number = (raw) => (raw as { revision: number }).revision,
): Promise<Map<string, T> & { replayed: number }> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const records = Object.assign(new Map<string, T>(), { replayed: 0 });
  const log = new RecordLog(dir);
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const id = name.slice(0, -5);
    const { doc, applied } = replay(JSON.parse(await readFile(path.join(dir, name), 'utf8')), await log.read(id), revision);
    records.replayed += applied;
    records.set(id, parse(doc));
  }
  return records;
}

/**
 * What must hold in any workspace just after it opened, whatever happened before (a kill, a
 * full disk, hostile input): the lists are exactly the record files, every journal verifies and
 * claims no change newer than its record, and no temp file is left.
 * Returns each case's revision, for the caller's own checks.
 */
export async function expectConsistent(services: Services): Promise<Map<string, number>> {
  const dir = services.workspaceDir;
  const ctx = services.context;
  const cases = await readRecords(path.join(dir, 'cases'), (raw) => caseSchema.parse(raw));
  const workshops = await readRecords(
    path.join(dir, 'workshops'),
    (raw) => workshopFileSchema.parse(raw).workshop,
    (raw) => (raw as { workshop: { revision: number } }).workshop.revision,
  );
  // Open folds every write-ahead log into its record's file (store/entity-folder.ts settleLogs).
  expect(cases.replayed + workshops.replayed, 'no saved change is left only in a log after open').toBe(0);

  const blankTime = <S extends { updatedAt: string }>(s: S) => ({ ...s, updatedAt: '' });
  const listed = [...ctx.index.data.caseSummaries].sort((a, b) => a.id.localeCompare(b.id)).map(blankTime);
  const fromFiles = [...cases.values()]
    .map(summariseCase)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(blankTime);
  expect(listed, 'case summaries equal the case files').toEqual(fromFiles);
  const listedWorkshops = [...ctx.index.data.workshops].sort((a, b) => a.id.localeCompare(b.id));
  expect(listedWorkshops, 'workshop summaries equal the workshop files').toEqual(
    [...workshops.values()].map(summariseWorkshop).sort((a, b) => a.id.localeCompare(b.id)),
  );

  const revisions = new Map<string, number>();
  for (const [id, record] of [...cases, ...workshops]) {
    expect(await ctx.journals.verify(id), `journal of ${id} verifies`).toMatchObject({ ok: true });
    const lines = await ctx.journals.read(id);
    const newest = Math.max(-1, ...lines.map((e) => revisionOf(e) ?? -1));
    expect(newest, `journal of ${id} claims no change its record lacks`).toBeLessThanOrEqual(record.revision);
    revisions.set(id, record.revision);
  }
  expect(await leftovers(dir), 'no temp file is left after open').toEqual([]);
  return revisions;
}
