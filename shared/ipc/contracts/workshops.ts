import { z } from 'zod';
import { actionSchema, partnerSideSchema, progressUpdateSchema, ragStatusSchema } from '../../domain/action';
import { idSchema, isoDate } from '../../domain/common';
import {
  captureSchema,
  simpleEntrySchema,
  workshopDetailsSchema,
  workshopIssueSchema,
  workshopNoteSchema,
  workshopPlanPatchSchema,
  workshopSchema,
  workshopRoomPatchSchema,
  workshopSummarySchema,
} from '../../domain/workshop';
import { timerStateSchema } from '../../domain/timer';
import { templateDraftSchema, workshopTemplateSchema } from '../../domain/workshop-template';
import { mutation, query } from '../define';

const byId = z.object({ id: idSchema });

/** The fields of a workshop action the action tracker may change at its source. */
export const workshopActionPatchSchema = z
  .object({
    // Unwrapped from their defaults: a patch must never reset a field it does not mention.
    what: actionSchema.shape.what,
    owner: actionSchema.shape.owner,
    side: partnerSideSchema,
    dueDate: isoDate.nullable(),
    status: ragStatusSchema,
    progress: z.array(progressUpdateSchema),
    theme: z.string().trim().max(200),
  })
  .partial();

/** Issues kept on workshops until the issue log takes them (one entry per workshop that has any). */
export const workshopIssuesEntrySchema = z.object({
  workshopId: idSchema,
  organisationId: idSchema.nullable(),
  issues: z.array(workshopIssueSchema),
});

/** Actions agreed at workshops, for the action tracker. */
export const workshopActionsEntrySchema = z.object({
  workshopId: idSchema,
  label: z.string(),
  organisationId: idSchema.nullable(),
  actions: z.array(actionSchema),
});

/** The earlier workshop a review compares with. */
export const previousWorkshopSchema = z.object({
  id: idSchema,
  title: z.string(),
  date: z.string(),
  ratings: workshopSchema.shape.ratings,
});

const index = z.number().int().min(0);
/** A removed capture as it was, and where: what Undo puts back. */
export const restorableEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('note'), index, item: workshopNoteSchema }),
  z.object({ kind: z.literal('topTip'), index, item: simpleEntrySchema }),
  z.object({ kind: z.literal('parkingLot'), index, item: simpleEntrySchema }),
  z.object({ kind: z.literal('action'), index, item: actionSchema }),
  z.object({ kind: z.literal('issue'), index, item: workshopIssueSchema }),
]);
export type RestorableEntry = z.infer<typeof restorableEntrySchema>;

export const workshopsContract = {
  'workshops:templates': query(z.void(), z.array(workshopTemplateSchema)),
  'workshops:duplicateTemplate': mutation(byId, workshopTemplateSchema),
  'workshops:updateTemplate': mutation(z.object({ id: idSchema, draft: templateDraftSchema }), workshopTemplateSchema),
  'workshops:deleteTemplate': mutation(byId, byId),
  'workshops:list': query(z.void(), z.array(workshopSummarySchema)),
  'workshops:get': query(byId, workshopSchema),
  'workshops:create': mutation(z.object({ templateId: idSchema, details: workshopDetailsSchema }), workshopSchema),
  'workshops:updatePlan': mutation(z.object({ id: idSchema, patch: workshopPlanPatchSchema }), workshopSchema),
  'workshops:saveLive': mutation(z.object({ id: idSchema, live: timerStateSchema.nullable() }), workshopSchema),
  'workshops:capture': mutation(z.object({ id: idSchema, capture: captureSchema }), workshopSchema),
  'workshops:editNote': mutation(
    z.object({
      id: idSchema,
      noteId: idSchema,
      text: z.string().trim().min(1, 'A note cannot be empty; delete it instead'),
      themeId: idSchema.nullable(),
      groupId: idSchema.nullable(),
      confidential: z.boolean().optional(),
    }),
    workshopSchema,
  ),
  'workshops:removeEntry': mutation(
    z.object({ id: idSchema, kind: z.enum(['note', 'topTip', 'parkingLot', 'action', 'issue']), entryId: idSchema }),
    workshopSchema,
  ),
  /** Undo of removeEntry: puts the entry back where it was; refused if it is already there. */
  'workshops:restoreEntry': mutation(z.object({ id: idSchema, restorable: restorableEntrySchema }), workshopSchema),
  /** The projector's theme and shown note, and whether live mode chimes. */
  'workshops:updateRoom': mutation(z.object({ id: idSchema, patch: workshopRoomPatchSchema }), workshopSchema),
  /** Opens the audience window for the projector (desktop only; `opened: false` where there is none, e.g. the browser host). */
  'workshops:openAudience': mutation(byId, z.object({ opened: z.boolean() })),
  'workshops:setStatus': mutation(z.object({ id: idSchema, status: z.enum(['planned', 'complete']) }), workshopSchema),
  'workshops:delete': mutation(byId, byId),
  'workshops:previous': query(byId, previousWorkshopSchema.nullable()),
  'workshops:listIssues': query(z.void(), z.array(workshopIssuesEntrySchema)),
  'workshops:listActions': query(z.void(), z.array(workshopActionsEntrySchema)),
  'workshops:updateAction': mutation(
    z.object({ workshopId: idSchema, actionId: idSchema, patch: workshopActionPatchSchema }),
    actionSchema,
  ),
};
