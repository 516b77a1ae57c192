import { z } from 'zod';
import { caseSummarySchema } from '../../../shared/domain/case-summary';
import { organisationSchema } from '../../../shared/domain/organisation';
import { defaultProfile, profileSchema } from '../../../shared/domain/settings';
import { emptyIssuer, issuerSchema } from '../../../shared/domain/report-models';
import { workshopSummarySchema } from '../../../shared/domain/workshop';
import { workshopTemplateSchema } from '../../../shared/domain/workshop-template';
import { standaloneActionSchema } from '../../../shared/domain/actions-rules';
import { loggedIssueSchema, organisationNoteSchema } from '../../../shared/domain/escalation';
import { caseStudySchema, citationSchema } from '../../../shared/domain/library';

export const INDEX_FILE = 'casebook.json';
export const INDEX_VERSION = 1;

/** `casebook.json`: organisations, the user's profile, and summaries of everything else. */
export const indexFileSchema = z.object({
  schemaVersion: z.literal(INDEX_VERSION),
  organisations: z.array(organisationSchema).default([]),
  profile: profileSchema.default(defaultProfile),
  /** The organisation that issues the documents, printed on certificates and reports. */
  issuer: issuerSchema.default(emptyIssuer),
  workshops: z.array(workshopSummarySchema).default([]),
  workshopTemplates: z.array(workshopTemplateSchema).default([]),
  standaloneActions: z.array(standaloneActionSchema).default([]),
  issues: z.array(loggedIssueSchema).default([]),
  organisationNotes: z.array(organisationNoteSchema).default([]),
  caseStudies: z.array(caseStudySchema).default([]),
  citations: z.array(citationSchema).default([]),
  caseSummaries: z.array(caseSummarySchema).default([]),
  /**
   * What each record's files looked like (size and mtime of `<folder>/<id>.json`, its log and
   * its journal) when its summary was last rebuilt at open, by `<folder>/<id>`: open re-reads
   * only the records whose files changed since (store/reconcile.ts).
   */
  recordStamps: z.record(z.string(), z.string()).default({}),
});
export type IndexFile = z.output<typeof indexFileSchema>;

export const emptyIndex = (): IndexFile => ({
  schemaVersion: INDEX_VERSION,
  organisations: [],
  profile: defaultProfile,
  issuer: emptyIssuer,
  workshops: [],
  workshopTemplates: [],
  standaloneActions: [],
  issues: [],
  organisationNotes: [],
  caseStudies: [],
  citations: [],
  caseSummaries: [],
  recordStamps: {},
});
