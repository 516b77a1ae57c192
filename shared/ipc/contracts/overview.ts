import { z } from 'zod';
import { sourcedActionSchema } from '../../domain/actions-rules';
import { idSchema, isoDate, regionSchema } from '../../domain/common';
import { loggedIssueSchema, organisationNoteSchema } from '../../domain/escalation';
import { caseStudySchema } from '../../domain/library';
import { organisationSchema, organisationTypeSchema } from '../../domain/organisation';
import { overviewRowSchema } from '../../domain/overview';
import { query } from '../define';
import { regionalOverviewSchema } from './sync';

/** A case or workshop of an organisation, as shown on its page. */
export const linkedRecordSchema = z.object({
  kind: z.enum(['case', 'workshop']),
  id: idSchema,
  label: z.string(),
  /** Hash route that opens it. */
  route: z.string(),
  date: isoDate.nullable().default(null),
  status: z.string().default(''),
});
export type LinkedRecord = z.infer<typeof linkedRecordSchema>;

export const organisationPageSchema = z.object({
  organisation: organisationSchema,
  row: overviewRowSchema,
  records: z.array(linkedRecordSchema),
  actions: z.array(sourcedActionSchema),
  issues: z.array(loggedIssueSchema),
  notes: z.array(organisationNoteSchema),
  caseStudies: z.array(caseStudySchema),
});
export type OrganisationPageData = z.infer<typeof organisationPageSchema>;

export const overviewContract = {
  /** One row per organisation; `today` is main's date the counts were derived for. */
  /** `region`: what the region shares (its workshops, actions, escalated issues) once joined, else null. */
  'overview:rows': query(
    z.void(),
    z.object({
      rows: z.array(overviewRowSchema),
      today: isoDate,
      providers: z.array(z.string()),
      region: regionalOverviewSchema.nullable().default(null),
    }),
  ),
  /** Everything about one organisation: its cases, workshops, actions, issues and case studies. */
  'overview:organisation': query(z.object({ id: idSchema }), organisationPageSchema),
  /** The regional map (filtered as the overview shows it) as CSV, saved through the native dialog. */
  'overview:exportCsv': query(
    z.object({ region: regionSchema.or(z.literal('')), sector: organisationTypeSchema.or(z.literal('')), language: z.enum(['en', 'cy']) }),
    z.object({
      cancelled: z.boolean(),
      fileName: z.string(),
      /** Where it was written; null when cancelled or when the host has no save dialog. */
      path: z.string().nullable(),
      /** The CSV itself, only when there was no save dialog to write it through. */
      csv: z.string().nullable(),
      rows: z.number().int(),
    }),
  ),
};
