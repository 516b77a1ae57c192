/**
 * The replayable form of one change to a record, as the write-ahead log keeps it
 * (store/record-log.ts): a list of "set the value at this path" operations. JSON patch
 * (RFC 6902) would do, but no library for it is installed and only `replace` is needed here,
 * because the diff below never describes an array's length change or an object's added or
 * removed keys element by element: it replaces that whole array or object instead. So every
 * operation is a plain assignment, and replaying them in order is exact.
 */
export type PatchPath = (string | number)[];

/** Set the value at `p` to `v`; a missing `v` (undefined, dropped by JSON) deletes the key. */
export interface PatchOp {
  p: PatchPath;
  v?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys whose value is not undefined: JSON cannot tell an undefined key from a missing one. */
const definedKeys = (value: Record<string, unknown>) => Object.keys(value).filter((key) => value[key] !== undefined);

function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = definedKeys(a);
  const other = definedKeys(b);
  return keys.length === other.length && keys.every((key) => b[key] !== undefined);
}

/**
 * The operations that turn `before` into `after`. Subtrees that are the same object (===) are
 * skipped without being walked: with the copy-on-write drafts of store/draft.ts only the path
 * to what changed is new, so a one-field edit of a 1 MB case costs a few comparisons per level.
 */
export function diff(before: unknown, after: unknown, path: PatchPath = [], ops: PatchOp[] = []): PatchOp[] {
  if (before === after) return ops;
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    for (let i = 0; i < after.length; i++) diff(before[i], after[i], [...path, i], ops);
    return ops;
  }
  if (isObject(before) && isObject(after) && sameKeys(before, after)) {
    for (const key of definedKeys(after)) diff(before[key], after[key], [...path, key], ops);
    return ops;
  }
  ops.push(after === undefined ? { p: path } : { p: path, v: after });
  return ops;
}

/** The value at `path` inside `root` (undefined when a step is missing). */
export function getAt(root: unknown, path: PatchPath): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * Applies `ops` to `root` in place and returns the new root (a root-level operation replaces
 * it). Throws when a path does not lead into an existing object: the log and the snapshot do
 * not belong together, and replay must stop rather than guess.
 */
export function applyOps<T>(root: T, ops: PatchOp[]): T {
  let result: unknown = root;
  for (const op of ops) {
    if (op.p.length === 0) {
      result = op.v;
      continue;
    }
    const parent = getAt(result, op.p.slice(0, -1));
    if (typeof parent !== 'object' || parent === null) throw new Error(`patch path ${op.p.join('.')} does not exist`);
    const key = op.p[op.p.length - 1];
    if (op.v === undefined && !Array.isArray(parent)) delete (parent as Record<string | number, unknown>)[key];
    else (parent as Record<string | number, unknown>)[key] = op.v;
  }
  return result as T;
}
