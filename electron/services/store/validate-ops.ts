import type { z } from 'zod';
import { AppError } from '../../../shared/result';
import { getAt, type PatchOp, type PatchPath } from './patch';

/** zod's internal definition, as far as walking a schema along a path needs it. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  checks?: { _zod: { def: { check: string } } }[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers that only matter when the value itself is missing or null. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional']);
/** An array's length checks cannot be broken by a change inside an element (patch.ts replaces arrays whose length changes). */
const LENGTH_CHECKS = new Set(['max_length', 'min_length', 'length_equals']);

/**
 * The deepest schema on `path` that can judge its part alone, and that part's path. The walk
 * stops at anything whose rules may look across its children (a refinement, a union, a pipe,
 * an object's unknown keys), so what it returns is never less strict than the whole schema.
 */
export function schemaAt(root: z.ZodType, path: PatchPath, value: unknown): { schema: z.ZodType; path: PatchPath } {
  let schema = root;
  let depth = 0;
  for (;;) {
    const def = defOf(schema);
    const here = getAt(value, path.slice(0, depth));
    if (WRAPPERS.has(def.type) && def.innerType && here !== undefined && here !== null) {
      schema = def.innerType;
      continue;
    }
    if (depth === path.length) break;
    const checks = def.checks ?? [];
    const key = path[depth];
    let next: z.ZodType | undefined;
    if (def.type === 'object' && checks.length === 0 && typeof key === 'string') next = def.shape?.[key];
    else if (def.type === 'array' && checks.every((c) => LENGTH_CHECKS.has(c._zod.def.check))) next = def.element;
    else if (def.type === 'record' && checks.length === 0) next = def.valueType;
    if (!next) break;
    schema = next;
    depth += 1;
  }
  return { schema, path: path.slice(0, depth) };
}

/**
 * Validates only what `ops` changed in `next` (the record after the change), each part with the
 * schema it is stored under, and puts the parsed part back (defaults filled, unknown keys
 * dropped), so `next` is what a whole-record parse would return. Throws `invalid_input`, as a
 * whole-record parse would, before anything is written. Cost grows with the change, not the record.
 */
export function validateOps<T>(root: z.ZodType, next: T, ops: PatchOp[], noun: string): T {
  let result: unknown = next;
  const done = new Set<string>();
  for (const op of ops) {
    const { schema, path } = schemaAt(root, op.p, result);
    const key = JSON.stringify(path);
    if (done.has(key)) continue;
    done.add(key);
    const parsed = schema.safeParse(getAt(result, path));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = [...path, ...(issue?.path ?? [])].join('.');
      throw new AppError(
        'invalid_input',
        `That change was not saved: ${issue?.message ?? `the ${noun} would not be valid`}${where ? ` (${where})` : ''}. Nothing was changed.`,
      );
    }
    if (path.length === 0) result = parsed.data;
    else (getAt(result, path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1]] = parsed.data;
  }
  return result as T;
}
