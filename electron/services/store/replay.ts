import { AppError } from '../../../shared/result';
import { applyOps } from './patch';
import type { LogLine } from './record-log';

/**
 * Replaying a record's write-ahead log (store/record-log.ts) onto its file's state: at open, and
 * when a record is read without being opened.
 */

/** What replay made of a log. */
export interface Replayed<T> {
  doc: T;
  /** Lines applied onto the snapshot. */
  applied: number;
  /** Lines newer than the result that could not be replayed (after a gap, or of an unknown shape). */
  rest: number;
}

/**
 * Replays onto `doc` (the snapshot, at `revisionOf(doc)`) the lines that follow it: each must
 * carry the next revision. Older lines are already in the snapshot (a crash between writing
 * it and removing the log); a gap means the lines do not belong to this snapshot (it was
 * restored from a backup, or a line was damaged), and replay stops there rather than guess:
 * those lines are counted in `rest`, for the caller to set aside.
 */
export function replay<T>(doc: T, lines: LogLine[], revisionOf: (doc: T) => number, version?: number): Replayed<T> {
  let current = doc;
  let applied = 0;
  let stopped = false;
  let rest = 0;
  for (const line of lines) {
    const revision = revisionOf(current);
    if (line.revision <= revision) continue;
    if (stopped || line.revision !== revision + 1 || (version !== undefined && (line.v ?? 1) !== version)) {
      stopped = true;
      rest += 1;
      continue;
    }
    current = applyOps(current, line.ops);
    if (revisionOf(current) !== line.revision)
      throw new AppError('io_error', `log line ${line.revision} does not set the record's revision`);
    applied += 1;
  }
  return { doc: current, applied, rest };
}

type Raw = Record<string, unknown> & { schemaVersion?: number };

/**
 * Replay for a log whose lines were written against an older schema than this Casebook's (a log
 * left before an update): the lines are applied to the snapshot's raw data in the shape they were
 * written for, migrating it one version at a time as the lines' versions rise; the caller then
 * migrates the result to the current schema and validates it. A line of a newer schema, or older
 * than the data it would apply to, stops replay like a gap.
 */
export function replayRaw(
  raw: Raw,
  lines: LogLine[],
  revisionOf: (raw: Raw) => number,
  currentVersion: number,
  migrate: (raw: Raw, from: number) => Raw,
): Replayed<Raw> {
  let current = raw;
  let applied = 0;
  let rest = 0;
  let stopped = false;
  const versionOf = (data: Raw) => (typeof data.schemaVersion === 'number' ? data.schemaVersion : 0);
  for (const line of lines) {
    if (line.revision <= revisionOf(current)) continue;
    const wanted = line.v ?? 1;
    if (stopped || line.revision !== revisionOf(current) + 1 || wanted > currentVersion || wanted < versionOf(current)) {
      stopped = true;
      rest += 1;
      continue;
    }
    while (versionOf(current) < wanted) current = { ...migrate(current, versionOf(current)), schemaVersion: versionOf(current) + 1 };
    current = applyOps(current, line.ops);
    applied += 1;
  }
  return { doc: current, applied, rest };
}

/** How a kind of record is versioned, as replayFile needs it. */
export interface ReplaySpec<T> {
  revision: (doc: T) => number;
  currentVersion: number;
  /** migrations[n] takes raw data of schema n to n+1. */
  migrations?: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>;
  /** Parses (migrates and validates) a file's text. */
  parse: (text: string) => T;
}

/**
 * Replays `lines` onto the record whose file holds `text` (parsed: `stored`). Lines written
 * against an older schema are replayed onto the raw file before it is migrated.
 */
export function replayFile<T>(text: string, stored: T, lines: LogLine[], spec: ReplaySpec<T>): Replayed<T> {
  const current = spec.currentVersion;
  if (lines.every((line) => (line.v ?? 1) === current)) return replay(stored, lines, spec.revision, current);
  const raw = replayRaw(
    JSON.parse(text) as Raw,
    lines,
    (data) => spec.revision(data as T),
    current,
    (data, from) => {
      const step = spec.migrations?.[from];
      if (!step) throw new Error(`no migration from schema ${from}`);
      return step(data);
    },
  );
  return { ...raw, doc: spec.parse(JSON.stringify(raw.doc)) };
}
