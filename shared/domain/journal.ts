import { z } from 'zod';
import { isoDateTime } from './common';

/** One line of `journal/<id>.jsonl`: what changed, when, by whom, chained to the line before. */
export const journalEntrySchema = z.object({
  seq: z.number().int().nonnegative(),
  at: isoDateTime,
  actor: z.object({ name: z.string(), role: z.string() }),
  /** A machine-readable kind, e.g. `case.stage.updated`, `report.exported`. */
  kind: z.string().min(1),
  /** A sentence a person can read in the history list. */
  summary: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
  prevHash: z.string(),
  hash: z.string(),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export const journalVerdictSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), entries: z.number() }),
  z.object({ ok: z.literal(false), entries: z.number(), brokenAt: z.number(), reason: z.string() }),
]);
export type JournalVerdict = z.infer<typeof journalVerdictSchema>;
