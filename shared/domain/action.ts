import { z } from 'zod';
import { idSchema, isoDate, isoDateTime, longText, shortText } from './common';

export const ragStatuses = ['red', 'amber', 'green', 'done'] as const;
export const ragStatusSchema = z.enum(ragStatuses);
export type RagStatus = z.infer<typeof ragStatusSchema>;

export const partnerSides = ['management', 'staff_side', 'both', 'other'] as const;
export const partnerSideSchema = z.enum(partnerSides);
export type PartnerSide = z.infer<typeof partnerSideSchema>;

/** A dated note on an action; a status change records who made it and when. */
export const progressUpdateSchema = z.object({
  at: isoDateTime,
  by: shortText,
  note: longText,
  status: ragStatusSchema.optional(),
});
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;

/**
 * An action, wherever it lives: in a case's action plan, in a workshop, or on its own.
 * One record at its source; the tracker reads and edits it there, never a copy.
 */
export const actionSchema = z.object({
  id: idSchema,
  what: shortText.min(1, 'Say what the action is'),
  owner: shortText,
  side: partnerSideSchema.default('both'),
  /** YYYY-MM-DD; overdue is derived from it, never stored. */
  dueDate: isoDate.nullable().default(null),
  status: ragStatusSchema.default('green'),
  progress: z.array(progressUpdateSchema).default([]),
  /** What the action came from inside its source, e.g. a theme or agenda item. */
  theme: shortText.optional(),
  agendaItemId: idSchema.optional(),
  issueId: idSchema.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Action = z.infer<typeof actionSchema>;

/** Where an action lives. */
export const actionSourceSchema = z.object({
  kind: z.enum(['case', 'workshop', 'standalone']),
  /** The case's or workshop's id; the organisation's id for standalone actions. */
  id: idSchema,
  /** A person-readable label, e.g. "Northvale Borough Council — GO Award". */
  label: z.string(),
  organisationId: idSchema.nullable(),
});
export type ActionSource = z.infer<typeof actionSourceSchema>;
