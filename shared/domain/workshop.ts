import { z } from 'zod';
import { actionSchema, partnerSideSchema } from './action';
import { idSchema, isoDate, isoDateTime, longText, shortText } from './common';
import { revisionSchema } from './revision';
import { issueDraftSchema } from './partnership-issue';
import { timerStateSchema } from './timer';
import { agendaPurposeSchema, themeSchema } from './workshop-template';

export const attendeeSides = ['management', 'staff_side', 'other'] as const;
export const attendeeSchema = z.object({
  id: idSchema,
  name: shortText.min(1, 'Enter the attendee’s name'),
  organisation: shortText.default(''),
  side: z.enum(attendeeSides).default('other'),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const tableGroupSchema = z.object({ id: idSchema, name: shortText.min(1, 'Name the table group') });
export type TableGroup = z.infer<typeof tableGroupSchema>;

export const agendaItemSchema = z.object({
  id: idSchema,
  title: shortText.min(1, 'Give the agenda item a title'),
  purpose: agendaPurposeSchema,
  lead: shortText.default(''),
  /** The partner side that tabled the item. */
  side: partnerSideSchema.default('both'),
  minutes: z.number().int().min(0).max(600),
  papers: shortText.default(''),
  notes: longText.default(''),
  outcome: longText.default(''),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const workshopNoteSchema = z.object({
  id: idSchema,
  themeId: idSchema.nullable(),
  groupId: idSchema.nullable(),
  text: longText.min(1, 'Type the note first'),
  at: isoDateTime,
  /** Marked confidential on capture: kept in the record, left out of every export and projection. */
  confidential: z.boolean().default(false),
});
export type WorkshopNote = z.infer<typeof workshopNoteSchema>;

export const ratingValueSchema = z.number().int().min(0).max(4);
export const workshopRatingSchema = z.object({ themeId: idSchema, groupId: idSchema, value: ratingValueSchema, at: isoDateTime });
export type WorkshopRating = z.infer<typeof workshopRatingSchema>;

export const simpleEntrySchema = z.object({
  id: idSchema,
  text: longText.min(1, 'Type the text first'),
  groupId: idSchema.nullable().default(null),
  at: isoDateTime,
  /** Marked confidential on capture: kept in the record, left out of every export and projection. */
  confidential: z.boolean().default(false),
});
export type SimpleEntry = z.infer<typeof simpleEntrySchema>;

/** Options already tried, as the room reports them; the issue log records each as an option at local level. */
export const optionsTriedSchema = z.array(longText.trim().min(1, 'Describe the option tried')).default([]);
export const workshopIssueSchema = issueDraftSchema.extend({ id: idSchema, optionsTried: optionsTriedSchema });

/** What the projector shows besides the timer, and how live mode alerts the facilitator. */
export const workshopRoomSchema = z.object({
  /** The theme whose prompts the audience window shows. */
  themeId: idSchema.nullable().default(null),
  /** The one note the facilitator chose to project; a confidential note never is. */
  noteId: idSchema.nullable().default(null),
  /** Chime at the warning threshold and at zero (the visual pulse always shows). */
  chime: z.boolean().default(true),
  /** Show how the tables rated the chosen theme (counts per level only: never who said what). Off unless chosen. */
  showSpread: z.boolean().optional(),
});
export type WorkshopRoom = z.infer<typeof workshopRoomSchema>;
export const workshopRoomPatchSchema = z
  .object({ themeId: idSchema.nullable(), noteId: idSchema.nullable(), chime: z.boolean(), showSpread: z.boolean() })
  .partial();
export type WorkshopRoomPatch = z.infer<typeof workshopRoomPatchSchema>;
export type WorkshopIssue = z.infer<typeof workshopIssueSchema>;

/** Detail fields without defaults: a patch must never reset a field it does not mention. */
const detailFields = {
  title: shortText.min(1, 'Give the workshop a title'),
  organisationId: idSchema.nullable(),
  date: isoDate,
  venue: shortText,
  /** HH:MM, 24-hour. */
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter the start time as HH:MM, for example 10:00'),
  /** Planned session length in minutes; the agenda builder flags an agenda that runs over. */
  sessionMinutes: z.number().int().min(0).max(1440).nullable(),
  facilitator: shortText,
};

/** The details a facilitator fills in when planning. */
export const workshopDetailsSchema = z.object({
  ...detailFields,
  organisationId: detailFields.organisationId.default(null),
  venue: detailFields.venue.default(''),
  sessionMinutes: detailFields.sessionMinutes.default(null),
  facilitator: detailFields.facilitator.default(''),
});
export type WorkshopDetails = z.infer<typeof workshopDetailsSchema>;

/** The agenda's start and item lengths at a moment (the plan people were sent). */
export const scheduleBaselineSchema = z.object({
  startTime: z.string(),
  items: z.array(z.object({ id: z.string(), minutes: z.number().int().nonnegative() })),
  keptAt: isoDateTime,
});
export type ScheduleBaseline = z.infer<typeof scheduleBaselineSchema>;

export const workshopSchema = workshopDetailsSchema.extend({
  id: idSchema,
  templateId: idSchema,
  templateVersion: z.number().int(),
  templateName: shortText,
  /** Copied from the template at creation, so later template edits never rewrite history. */
  themes: z.array(themeSchema),
  closingQuestion: shortText.nullable(),
  attendees: z.array(attendeeSchema).default([]),
  groups: z.array(tableGroupSchema).default([]),
  agenda: z.array(agendaItemSchema).default([]),
  notes: z.array(workshopNoteSchema).default([]),
  ratings: z.array(workshopRatingSchema).default([]),
  topTips: z.array(simpleEntrySchema).default([]),
  parkingLot: z.array(simpleEntrySchema).default([]),
  actions: z.array(actionSchema).default([]),
  issues: z.array(workshopIssueSchema).default([]),
  live: timerStateSchema.nullable().default(null),
  /** The plan as circulated, kept when live mode first starts: the running schedule is measured against it, not against later trims. */
  baseline: scheduleBaselineSchema.nullable().default(null),
  room: workshopRoomSchema.default({ themeId: null, noteId: null, chime: true }),
  status: z.enum(['planned', 'complete']).default('planned'),
  completedAt: isoDateTime.nullable().default(null),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Counts saved changes: answers carry it (see revision.ts) and journal lines name it. */
  revision: revisionSchema,
});
export type Workshop = z.infer<typeof workshopSchema>;

export const WORKSHOP_FILE_VERSION = 1;
/** `workshops/<id>.json`. */
export const workshopFileSchema = z.object({ schemaVersion: z.literal(WORKSHOP_FILE_VERSION), workshop: workshopSchema });
export type WorkshopFile = z.infer<typeof workshopFileSchema>;

/** What the index file keeps about each workshop, so lists never open every file. */
export const workshopSummarySchema = z.object({
  id: idSchema,
  title: shortText,
  organisationId: idSchema.nullable(),
  date: isoDate,
  startTime: z.string(),
  templateId: idSchema,
  templateName: shortText,
  status: z.enum(['planned', 'complete']),
  openActions: z.number().int().nonnegative().default(0),
  issues: z.number().int().nonnegative().default(0),
  updatedAt: isoDateTime,
});
export type WorkshopSummary = z.infer<typeof workshopSummarySchema>;

export const summarise = (w: Workshop): WorkshopSummary => ({
  id: w.id,
  title: w.title,
  organisationId: w.organisationId,
  date: w.date,
  startTime: w.startTime,
  templateId: w.templateId,
  templateName: w.templateName,
  status: w.status,
  openActions: w.actions.filter((a) => a.status !== 'done').length,
  issues: w.issues.length,
  updatedAt: w.updatedAt,
});

/** The plan a facilitator edits before the day: details, people, groups and agenda. */
export const workshopPlanPatchSchema = z
  .object(detailFields)
  .partial()
  .extend({
    attendees: z.array(attendeeSchema).optional(),
    groups: z.array(tableGroupSchema).optional(),
    agenda: z.array(agendaItemSchema).optional(),
  });
export type WorkshopPlanPatch = z.infer<typeof workshopPlanPatchSchema>;

/** One thing captured in live mode. */
export const captureSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('note'),
    themeId: idSchema.nullable(),
    groupId: idSchema.nullable(),
    text: longText.trim().min(1, 'Type the note first'),
    confidential: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('rating'), themeId: idSchema, groupId: idSchema, value: ratingValueSchema.nullable() }),
  z.object({
    kind: z.literal('topTip'),
    groupId: idSchema.nullable(),
    text: longText.trim().min(1, 'Type the top tip first'),
    confidential: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('parkingLot'), text: longText.trim().min(1, 'Type the point first'), confidential: z.boolean().optional() }),
  z.object({
    kind: z.literal('action'),
    action: actionSchema.pick({ what: true, owner: true, side: true, dueDate: true, status: true, theme: true, agendaItemId: true }),
  }),
  z.object({ kind: z.literal('issue'), issue: issueDraftSchema.extend({ optionsTried: optionsTriedSchema.optional() }) }),
]);
export type Capture = z.infer<typeof captureSchema>;
export type CaptureInput = z.input<typeof captureSchema>;
