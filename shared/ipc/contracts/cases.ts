import { z } from 'zod';
import { actionSchema } from '../../domain/action';
import { caseSchema, evidenceKinds } from '../../domain/case';
import {
  actionDraftSchema,
  actionPatchSchema,
  actionPlanPatchSchema,
  assessmentPatchSchema,
  criterionIdSchema,
  criterionPatchSchema,
  evidencePatchSchema,
  interviewPatchSchema,
  notifyPatchSchema,
  recommendationPatchSchema,
  requirementIdSchema,
  requirementPatchSchema,
  signatoryDraftSchema,
  signUpPatchSchema,
} from '../../domain/case-patches';
import { caseListItemSchema } from '../../domain/case-summary';
import { idSchema, shortText } from '../../domain/common';
import { journalEntrySchema, journalVerdictSchema } from '../../domain/journal';
import { mutation, query } from '../define';

const caseId = idSchema;
/** A change that adds something answers with the whole case and the new item's id. */
const createdSchema = z.object({ record: caseSchema, id: idSchema });

/** A case's actions as the action tracker sees them, edited at the source via `cases:updateAction`. */
export const caseActionsSchema = z.object({
  caseId: idSchema,
  label: z.string(),
  organisationId: idSchema,
  actions: z.array(actionSchema),
});

/** What a picked case file holds, shown before anything is written. */
export const importPreviewSchema = z.object({
  token: z.string(),
  caseId: idSchema,
  organisationName: z.string(),
  exists: z.boolean(),
  evidenceCount: z.number().int(),
  attachmentCount: z.number().int(),
  journalEntries: z.number().int(),
  /** Who exported and signed the case file; signed: false for files from older versions. */
  seal: z
    .object({
      signed: z.boolean(),
      signerName: z.string(),
      fingerprint: z.string(),
      knownAs: z.string().nullable(),
      nameClash: z.string().nullable(),
      warning: z.string().nullable(),
    })
    .optional(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const casesContract = {
  'cases:list': query(z.void(), z.array(caseListItemSchema)),
  'cases:get': query(z.object({ id: caseId }), caseSchema),
  'cases:create': mutation(z.object({ organisationId: idSchema, assessor: shortText.optional() }), caseSchema),
  'cases:delete': mutation(z.object({ id: caseId }), z.object({ id: idSchema })),
  'cases:updateAssessor': mutation(z.object({ caseId, assessor: shortText }), caseSchema),
  'cases:updateNotify': mutation(z.object({ caseId, patch: notifyPatchSchema }), caseSchema),
  'cases:updateSignUp': mutation(z.object({ caseId, patch: signUpPatchSchema }), caseSchema),
  'cases:addSignatory': mutation(z.object({ caseId, draft: signatoryDraftSchema }), createdSchema),
  'cases:updateSignatory': mutation(z.object({ caseId, signatoryId: idSchema, patch: signatoryDraftSchema }), caseSchema),
  'cases:removeSignatory': mutation(z.object({ caseId, signatoryId: idSchema }), caseSchema),
  'cases:updateActionPlan': mutation(z.object({ caseId, patch: actionPlanPatchSchema }), caseSchema),
  'cases:updateRequirement': mutation(z.object({ caseId, requirementId: requirementIdSchema, patch: requirementPatchSchema }), caseSchema),
  'cases:addAction': mutation(z.object({ caseId, draft: actionDraftSchema }), createdSchema),
  /** Used by the action tracker too: edits the action where it lives. */
  'cases:updateAction': mutation(z.object({ caseId, actionId: idSchema, patch: actionPatchSchema }), actionSchema),
  'cases:removeAction': mutation(z.object({ caseId, actionId: idSchema }), caseSchema),
  /** Every case's action-plan actions, for the action tracker. */
  'cases:listActions': query(z.void(), z.array(caseActionsSchema)),
  'cases:updateAssessment': mutation(z.object({ caseId, patch: assessmentPatchSchema }), caseSchema),
  'cases:updateCriterion': mutation(z.object({ caseId, criterionId: criterionIdSchema, patch: criterionPatchSchema }), caseSchema),
  'cases:addEvidence': mutation(z.object({ caseId, draft: evidencePatchSchema.extend({ kind: z.enum(evidenceKinds) }) }), createdSchema),
  'cases:updateEvidence': mutation(z.object({ caseId, evidenceId: idSchema, patch: evidencePatchSchema }), caseSchema),
  'cases:removeEvidence': mutation(z.object({ caseId, evidenceId: idSchema }), caseSchema),
  /** Opens the file picker in main and attaches the picked files (stored under attachments/). */
  'cases:attachFiles': mutation(z.object({ caseId, evidenceId: idSchema }), caseSchema),
  'cases:removeAttachment': mutation(z.object({ caseId, evidenceId: idSchema, sha256: z.string().regex(/^[0-9a-f]{64}$/) }), caseSchema),
  /** An attached image as a data URL (images up to a size cap only). */
  'cases:attachmentPreview': query(
    z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    z.object({ dataUrl: z.string(), mediaType: z.string() }),
  ),
  'cases:addInterview': mutation(z.object({ caseId, draft: interviewPatchSchema }), createdSchema),
  'cases:updateInterview': mutation(z.object({ caseId, interviewId: idSchema, patch: interviewPatchSchema }), caseSchema),
  'cases:removeInterview': mutation(z.object({ caseId, interviewId: idSchema }), caseSchema),
  'cases:updateRecommendation': mutation(z.object({ caseId, patch: recommendationPatchSchema }), caseSchema),
  /** Records the recommendation; refused when it disagrees with eligibility and has no justification. */
  'cases:recordRecommendation': mutation(z.object({ caseId }), caseSchema),
  'cases:reopenRecommendation': mutation(z.object({ caseId }), caseSchema),
  'cases:history': query(z.object({ id: caseId }), z.array(journalEntrySchema)),
  'cases:verifyJournal': query(z.object({ id: caseId }), journalVerdictSchema),
  /** Writes the case, its attachments and journal to one file chosen in a save dialog; null if cancelled. */
  'cases:export': mutation(z.object({ id: caseId }), z.object({ path: z.string(), bytes: z.number() }).nullable()),
  /** Picks a case file and validates it fully; nothing is written yet. Null if cancelled. */
  'cases:importPick': mutation(z.void(), importPreviewSchema.nullable()),
  /** Writes a validated import: as new, as a copy beside an existing case, or replacing it. */
  'cases:importCommit': mutation(z.object({ token: z.string(), mode: z.enum(['new', 'keep_both', 'replace']) }), caseSchema),
  /** Builds three fictional authorities at different stages through the services themselves. */
  'demo:load': mutation(z.void(), z.object({ cases: z.number().int(), organisations: z.number().int() })),
};
