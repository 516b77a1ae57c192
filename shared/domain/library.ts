import { z } from 'zod';
import { idSchema, isoDateTime, longText, shortText } from './common';

/** Where a case study came from: typed from scratch, or started from a workshop note or case evidence. */
export const caseStudyOriginSchema = z.object({
  kind: z.enum(['scratch', 'workshop_note', 'case_evidence']),
  /** The workshop's or case's id. */
  sourceId: idSchema.optional(),
  /** The note's or evidence item's id inside its source. */
  itemId: idSchema.optional(),
});
export type CaseStudyOrigin = z.infer<typeof caseStudyOriginSchema>;

/** What a person fills in; no personal contact data, only the role to ask for. */
export const caseStudyDraftSchema = z.object({
  title: shortText.min(1, 'Give the case study a title'),
  organisationId: idSchema.nullable().default(null),
  theme: shortText.default(''),
  summary: longText.default(''),
  whatWorked: longText.default(''),
  barriers: longText.default(''),
  contactRole: shortText.default(''),
});
export type CaseStudyDraft = z.infer<typeof caseStudyDraftSchema>;

/** A good-practice case study (seeds 001 and 004). */
export const caseStudySchema = caseStudyDraftSchema.extend({
  id: idSchema,
  origin: caseStudyOriginSchema.default({ kind: 'scratch' }),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Counts this workspace's changes, so region sync can tell an edit made since the last round. */
  revision: z.number().int().min(0).optional(),
  /** Who shared it with the region (travels with it); absent while it is this workspace's alone. */
  sharedBy: shortText.optional(),
  /** Taken in from the region (another workspace shared it); this workspace's own note, never sent. */
  fromRegion: z.boolean().optional(),
});
export type CaseStudy = z.infer<typeof caseStudySchema>;

/** Something that can cite a case study. */
export const citingRecordSchema = z.object({ kind: z.enum(['case', 'workshop']), id: idSchema });
export type CitingRecord = z.infer<typeof citingRecordSchema>;

/** A case or workshop citing a case study, stored by ids so both stay single records. */
export const citationSchema = z.object({
  id: idSchema,
  caseStudyId: idSchema,
  citedBy: citingRecordSchema,
  /** Why it is cited, e.g. the criterion or theme it supports. */
  note: shortText.default(''),
  at: isoDateTime,
});
export type Citation = z.infer<typeof citationSchema>;

/** A title for a case study started from prefilled text: its first line, shortened at a word. */
export function titleFromText(text: string, max = 80): string {
  const firstLine = text.trim().split('\n')[0].trim();
  if (firstLine.length <= max) return firstLine || 'Untitled case study';
  const cut = firstLine.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
