/**
 * Three-way merge of two versions of a record against their common ancestor (the co-assessor
 * merge). Pure: no I/O, so both replicas compute the same result from the same revision tree.
 *
 * - a part changed on one side only takes that side's value;
 * - objects merge key by key; lists of items with an `id` merge item by item (an item added on
 *   either side is kept, an item deleted on one side and untouched on the other goes, an item
 *   edited on one side and deleted on the other is kept: nothing typed is lost);
 * - lists of plain values (criteria, visit dates) merge as sets;
 * - the same value changed differently on both sides is a conflict for a person: text can be
 *   chosen or combined, a decision (a judgement, the recommendation) only chosen. Until then the
 *   merged record keeps "ours" there.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type ConflictKind = 'text' | 'decision' | 'value';

/** One place where both sides changed the same value differently. */
export interface MergeConflict {
  /** Keys from the record root; list items are named by their id. */
  path: string[];
  kind: ConflictKind;
  base: JsonValue | undefined;
  ours: JsonValue | undefined;
  theirs: JsonValue | undefined;
}

export interface MergePolicy {
  /** True for a path that holds a decision: never merged automatically. */
  isDecision?: (path: string[]) => boolean;
  /** Paths whose value is the later of the two ISO times (e.g. updatedAt), never a conflict. */
  isLatestWins?: (path: string[]) => boolean;
}

export interface MergeResult<T> {
  merged: T;
  conflicts: MergeConflict[];
}

type Obj = { [key: string]: JsonValue };

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasId = (v: unknown): v is Obj & { id: string } => isObject(v) && typeof v.id === 'string';
const isIdList = (v: unknown): v is (Obj & { id: string })[] => Array.isArray(v) && v.every(hasId);

/** Structural equality with key order ignored (JSON values only). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => same(a[k], b[k]));
  }
  return false;
}

/** Merges `ours` and `theirs` against `base` (undefined when no common ancestor is known). */
export function mergeThreeWay<T>(base: T | undefined, ours: T, theirs: T, policy: MergePolicy = {}): MergeResult<T> {
  const conflicts: MergeConflict[] = [];
  const merged = mergeValue(base as JsonValue | undefined, ours as JsonValue, theirs as JsonValue, [], policy, conflicts);
  return { merged: merged as T, conflicts };
}

function mergeValue(
  base: JsonValue | undefined,
  ours: JsonValue | undefined,
  theirs: JsonValue | undefined,
  path: string[],
  policy: MergePolicy,
  conflicts: MergeConflict[],
): JsonValue | undefined {
  if (same(ours, theirs)) return ours;
  if (base !== undefined && same(base, ours)) return theirs;
  if (base !== undefined && same(base, theirs)) return ours;
  if (policy.isLatestWins?.(path) && typeof ours === 'string' && typeof theirs === 'string') return ours > theirs ? ours : theirs;
  const decision = policy.isDecision?.(path) ?? false;
  if (!decision && isObject(ours) && isObject(theirs)) {
    return mergeObjects(isObject(base) ? base : undefined, ours, theirs, path, policy, conflicts);
  }
  if (!decision && isIdList(ours) && isIdList(theirs)) {
    return mergeIdLists(isIdList(base) ? base : [], ours, theirs, path, policy, conflicts);
  }
  if (!decision && Array.isArray(ours) && Array.isArray(theirs) && !ours.some(isObject) && !theirs.some(isObject)) {
    return mergeSets(Array.isArray(base) ? base : [], ours, theirs);
  }
  const kind: ConflictKind = decision ? 'decision' : typeof ours === 'string' || typeof theirs === 'string' ? 'text' : 'value';
  conflicts.push({ path, kind, base, ours, theirs });
  return ours;
}

function mergeObjects(base: Obj | undefined, ours: Obj, theirs: Obj, path: string[], policy: MergePolicy, conflicts: MergeConflict[]): Obj {
  const keys = [...Object.keys(ours), ...Object.keys(theirs).filter((k) => !(k in ours))];
  const out: Obj = {};
  for (const key of keys) {
    const value = mergeValue(base?.[key], ours[key], theirs[key], [...path, key], policy, conflicts);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function mergeIdLists(
  base: (Obj & { id: string })[],
  ours: (Obj & { id: string })[],
  theirs: (Obj & { id: string })[],
  path: string[],
  policy: MergePolicy,
  conflicts: MergeConflict[],
): JsonValue[] {
  const byId = (list: (Obj & { id: string })[]) => new Map(list.map((item) => [item.id, item]));
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const order = [...ours.map((i) => i.id), ...theirs.map((i) => i.id).filter((id) => !o.has(id))];
  const out: JsonValue[] = [];
  for (const id of order) {
    const inB = b.get(id);
    const inO = o.get(id);
    const inT = t.get(id);
    if (inO && inT) {
      const value = mergeValue(inB, inO, inT, [...path, id], policy, conflicts);
      if (value !== undefined) out.push(value);
      continue;
    }
    const only = (inO ?? inT) as Obj;
    // Deleted on the other side: it goes only if this side left it exactly as it was.
    if (inB && same(inB, only)) continue;
    out.push(only);
  }
  return out;
}

function mergeSets(base: JsonValue[], ours: JsonValue[], theirs: JsonValue[]): JsonValue[] {
  const has = (list: JsonValue[], v: JsonValue) => list.some((x) => same(x, v));
  const removed = (side: JsonValue[]) => base.filter((v) => !has(side, v));
  const gone = [...removed(ours), ...removed(theirs)];
  const out: JsonValue[] = [];
  for (const v of [...ours, ...theirs]) if (!has(out, v) && !has(gone, v)) out.push(v);
  return out;
}

/** Applies a person's choice at one conflict: `ours`, `theirs`, or their own combined text. */
export function setAtPath<T>(record: T, path: string[], value: JsonValue | undefined): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  if (Array.isArray(record)) {
    return record.map((item) => (hasId(item) && item.id === head ? setAtPath(item, rest, value) : item)) as T;
  }
  const obj = { ...(record as Obj) };
  const next = setAtPath(obj[head], rest, value);
  if (next === undefined) delete obj[head];
  else obj[head] = next;
  return obj as T;
}
