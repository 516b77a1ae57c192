import { z } from 'zod';
import { mutation, query } from '../define';

/**
 * Saved changes the store set aside (a damaged, gapped or orphaned write-ahead log), for the
 * Settings section that recovers them (electron/services/store/set-aside.ts). A file is named
 * by its workspace-relative path, e.g. `cases/<id>.wal.damaged-<time>-<hex>`.
 */
export const setAsideLogSchema = z.object({
  file: z.string(),
  kind: z.enum(['case', 'workshop']),
  recordId: z.string(),
  exists: z.boolean(),
  revision: z.number().int().nullable(),
  name: z.string().nullable(),
  reason: z.enum(['damaged', 'orphaned']),
  setAsideAt: z.string(),
  lines: z.number().int(),
  damagedLines: z.number().int(),
  firstRevision: z.number().int().nullable(),
  lastRevision: z.number().int().nullable(),
  versions: z.array(z.number().int()),
});
export type SetAsideLog = z.infer<typeof setAsideLogSchema>;

export const cannotApplySchema = z.enum(['older', 'unknownVersion', 'notInRecord', 'invalid']);

export const recoveryPreviewSchema = z.object({
  log: setAsideLogSchema,
  onto: z.enum(['record', 'backup', 'nothing']),
  apply: z.array(z.object({ revision: z.number().int(), v: z.number().int(), paths: z.array(z.string()) })),
  cannot: z.array(z.object({ revision: z.number().int(), reason: cannotApplySchema })),
  missing: z.number().int(),
});
export type RecoveryPreview = z.infer<typeof recoveryPreviewSchema>;

const fileInput = z.object({ file: z.string().min(1).max(500) });

export const recoveryContract = {
  'recovery:list': query(z.void(), z.array(setAsideLogSchema)),
  'recovery:preview': query(fileInput, recoveryPreviewSchema),
  /** `expectRevision`: the record's revision the preview showed (null: it did not exist); refused if it moved on. */
  'recovery:recover': mutation(
    fileInput.extend({ expectRevision: z.number().int().nullable() }),
    z.object({ revision: z.number().int(), applied: z.number().int(), notApplied: z.number().int(), keptAs: z.string() }),
  ),
  'recovery:dismiss': mutation(fileInput, z.object({ keptAs: z.string() })),
};
