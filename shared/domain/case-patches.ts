import { z } from 'zod';
import { partnerSideSchema, ragStatusSchema } from './action';
import { idSchema, isoDate, longText, shortText } from './common';
import {
  criterionIdSchema,
  evidenceKinds,
  interviewGroups,
  judgements,
  notifyKinds,
  outcomes,
  questionKeySchema,
  requirementIdSchema,
  requirementStatuses,
  signatoryRoles,
  signatureSchema,
} from './case';

// Patches name only the fields that change, so autosave sends a few bytes per keystroke burst.
// They are written out without defaults on purpose: a default would overwrite what is stored.

export const notifyPatchSchema = z.strictObject({
  date: isoDate.nullable().optional(),
  kind: z.enum(notifyKinds).nullable().optional(),
  leadOfficerName: shortText.optional(),
  leadOfficerRole: shortText.optional(),
});

export const signUpPatchSchema = z.strictObject({
  date: isoDate.nullable().optional(),
  scope: z.enum(['whole_organisation', 'directorates']).optional(),
  directorates: z.array(shortText.min(1)).max(50).optional(),
});

export const signatoryDraftSchema = z.strictObject({
  name: shortText.optional(),
  role: z.enum(signatoryRoles).optional(),
  date: isoDate.nullable().optional(),
  signature: signatureSchema.optional(),
});

export const actionPlanPatchSchema = z.strictObject({
  receivedDate: isoDate.nullable().optional(),
  analysisOfNeed: longText.optional(),
  steeringGroup: longText.optional(),
  unionRepresentation: longText.optional(),
});

export const requirementPatchSchema = z.strictObject({
  status: z.enum(requirementStatuses).optional(),
  note: longText.optional(),
  evidence: longText.optional(),
  askAtVisit: z.boolean().optional(),
});

/** The plan's own columns map onto the shared action: measure = what, accountability = owner. */
export const actionDraftSchema = z.strictObject({
  what: shortText.min(1, 'Say what the measure is'),
  owner: shortText.default(''),
  side: partnerSideSchema.default('both'),
  dueDate: isoDate.nullable().default(null),
  status: ragStatusSchema.default('green'),
  /** Resource, timescale and how it is monitored, kept as the action's theme line. */
  theme: shortText.optional(),
});

export const actionPatchSchema = z.strictObject({
  what: shortText.min(1, 'Say what the action is').optional(),
  owner: shortText.optional(),
  side: partnerSideSchema.optional(),
  dueDate: isoDate.nullable().optional(),
  status: ragStatusSchema.optional(),
  theme: shortText.optional(),
  /** Adds a dated progress note (stamped by the service with who and when). */
  progressNote: longText.optional(),
});
export type ActionPatch = z.infer<typeof actionPatchSchema>;

export const assessmentPatchSchema = z.strictObject({
  visitDates: z.array(isoDate).max(20).optional(),
  assessors: z.array(shortText.min(1)).max(20).optional(),
  communityRecognised: z.boolean().nullable().optional(),
  communityNote: longText.optional(),
  namePeopleInReport: z.boolean().optional(),
});

export const criterionPatchSchema = z.strictObject({
  judgement: z.enum(judgements).optional(),
  rationale: longText.optional(),
  developmentPoints: longText.optional(),
  note: longText.optional(),
  askAtVisit: z.boolean().optional(),
});

export const evidencePatchSchema = z.strictObject({
  kind: z.enum(evidenceKinds).optional(),
  source: shortText.optional(),
  date: isoDate.nullable().optional(),
  note: longText.optional(),
  criteria: z.array(criterionIdSchema).max(20).optional(),
});

export const interviewPatchSchema = z.strictObject({
  name: shortText.optional(),
  role: shortText.optional(),
  group: z.enum(interviewGroups).nullable().optional(),
  notes: longText.optional(),
  criteria: z.array(criterionIdSchema).max(20).optional(),
  confidential: z.boolean().optional(),
  answers: z.array(questionKeySchema).max(200).optional(),
});

export const recommendationPatchSchema = z.strictObject({
  outcome: z.enum(outcomes).nullable().optional(),
  developmentPoints: longText.optional(),
  reassessmentDate: isoDate.nullable().optional(),
  justification: longText.optional(),
});

export const caseRef = { caseId: idSchema };
export { criterionIdSchema, requirementIdSchema };
