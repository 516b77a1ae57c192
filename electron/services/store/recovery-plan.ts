import { applyOps, diff, type PatchOp } from './patch';
import type { LogLine } from './record-log';

/**
 * What recovering a set-aside log (store/set-aside.ts) would do to a record, worked out without
 * writing anything. Each log line is a list of "set the value at this path" operations
 * (store/patch.ts), so a line can be applied onto the record as it is now even when the lines
 * between were damaged or lost: it sets the fields it changed. Whatever the outcome, it is
 * validated with the record's schema line by line; a line that cannot apply is named with why.
 */

/** Why a line of a set-aside log cannot be applied. */
export type CannotApply =
  /** Its revision is not newer than the record's state when the log was set aside: it is in the record already. */
  | 'older'
  /** Written against a schema this Casebook cannot bring up to date (a newer Casebook's). */
  | 'unknownVersion'
  /** It changes something the record no longer has (a list entry that is gone, a section of another shape). */
  | 'notInRecord'
  /** The record would not be valid with it. */
  | 'invalid';

export interface PlannedLine {
  revision: number;
  /** The schema version the line was written against. */
  v: number;
  /** The paths it sets, in the record's current shape, joined with dots (revision and time stamps left out). */
  paths: string[];
}

export interface RecoveryPlan<T> {
  apply: PlannedLine[];
  cannot: { revision: number; reason: CannotApply }[];
  /** Revisions between the set-aside point and the newest line that the file does not hold (damaged or never there). */
  missing: number;
  /** The record with every applicable line applied (the record itself when none applies). */
  result: T;
}

export interface PlanSpec<T> {
  /** Lines at or below this revision are in the record already. */
  base: number;
  currentVersion: number;
  /** migrations[n] takes raw data of schema n to n+1 (as the record's files use them). */
  migrations?: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>;
  /** Validates a whole record (null when it is not valid). */
  parse: (raw: unknown) => T | null;
  /** Paths that every change sets and that say nothing to a person (revision, updatedAt). */
  bookkeeping: (path: PatchOp['p']) => boolean;
}

type Raw = Record<string, unknown>;

/** Every line of a set-aside log, in the file's order, judged against `record`. */
export function planRecovery<T>(record: T, lines: LogLine[], spec: PlanSpec<T>): RecoveryPlan<T> {
  const plan: RecoveryPlan<T> = { apply: [], cannot: [], missing: 0, result: record };
  let state = record;
  for (const line of lines) {
    const v = line.v ?? 1;
    if (line.revision <= spec.base) plan.cannot.push({ revision: line.revision, reason: 'older' });
    else if (!knownVersion(v, spec)) plan.cannot.push({ revision: line.revision, reason: 'unknownVersion' });
    else {
      const outcome = applyLine(state, line.ops, v, spec);
      if ('cannot' in outcome) plan.cannot.push({ revision: line.revision, reason: outcome.cannot });
      else {
        const next = outcome.next;
        const paths = diff(state, next)
          .map((op) => op.p)
          .filter((p) => !spec.bookkeeping(p))
          .map((p) => p.join('.'));
        plan.apply.push({ revision: line.revision, v, paths });
        state = next;
      }
    }
  }
  plan.result = state;
  const held = new Set(lines.map((line) => line.revision));
  const newest = Math.max(spec.base, ...lines.map((line) => line.revision));
  for (let revision = spec.base + 1; revision < newest; revision++) if (!held.has(revision)) plan.missing += 1;
  return plan;
}

/**
 * `state` with one line applied and validated. A line written against an older schema is applied
 * to the record labelled with that schema, and the effect of migrating it up is measured against
 * the same record migrated without the line: only what the line changed is taken, so a
 * migration's own rewriting of fields the line never touched cannot reach the record.
 */
function applyLine<T>(state: T, ops: PatchOp[], v: number, spec: PlanSpec<T>): { next: T } | { cannot: CannotApply } {
  let candidate: unknown;
  try {
    if (v === spec.currentVersion) candidate = applyOps(structuredClone(state), ops);
    else {
      const lifted = () => ({ ...(structuredClone(state) as Raw), schemaVersion: v });
      const without = migrateUp(lifted(), v, spec);
      const withLine = migrateUp(applyOps(lifted(), ops), v, spec);
      candidate = applyOps(structuredClone(state), diff(without, withLine));
    }
  } catch {
    return { cannot: 'notInRecord' };
  }
  const parsed = spec.parse(candidate);
  return parsed === null ? { cannot: 'invalid' } : { next: parsed };
}

function knownVersion<T>(v: number, spec: PlanSpec<T>): boolean {
  if (v > spec.currentVersion || v < 1) return false;
  for (let version = v; version < spec.currentVersion; version++) if (!spec.migrations?.[version]) return false;
  return true;
}

function migrateUp<T>(raw: Raw, from: number, spec: PlanSpec<T>): Raw {
  let data = raw;
  for (let version = from; version < spec.currentVersion; version++) {
    const step = spec.migrations?.[version];
    if (!step) throw new Error(`no migration from schema ${version}`); // knownVersion() checked
    data = { ...step(data), schemaVersion: version + 1 };
  }
  return data;
}
