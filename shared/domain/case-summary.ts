import { z } from 'zod';
import { idSchema, isoDate, isoDateTime, regionSchema, shortText } from './common';
import { caseStageSchema, outcomes } from './case';

/** What the cases list needs, kept in `casebook.json` so the list never opens every case file. */
export const caseSummarySchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  organisationName: shortText,
  stage: caseStageSchema,
  assessor: shortText,
  signUpDate: isoDate.nullable(),
  actionPlanReceived: isoDate.nullable(),
  /** Sign-up + the framework's months; the state (overdue…) is derived each day. */
  actionPlanDue: isoDate.nullable(),
  outcome: z.enum(outcomes).nullable(),
  recorded: z.boolean(),
  eligible: z.boolean(),
  evidenceCount: z.number().int().nonnegative(),
  updatedAt: isoDateTime,
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const deadlineStateSchema = z.enum(['not_signed_up', 'upcoming', 'due_soon', 'overdue', 'received', 'received_late']);

/** A list row: the stored summary joined with today's deadline and the organisation's region. */
export const caseListItemSchema = caseSummarySchema.extend({
  region: regionSchema.nullable(),
  deadline: deadlineStateSchema,
  daysLeft: z.number().int().nullable(),
});
export type CaseListItem = z.infer<typeof caseListItemSchema>;
