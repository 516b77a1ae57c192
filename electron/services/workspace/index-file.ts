import { z } from 'zod';
import { caseSummarySchema } from '../../../shared/domain/case-summary';
import { organisationSchema } from '../../../shared/domain/organisation';
import { defaultProfile, profileSchema } from '../../../shared/domain/settings';
import { workshopSummarySchema } from '../../../shared/domain/workshop';
import { workshopTemplateSchema } from '../../../shared/domain/workshop-template';

export const INDEX_FILE = 'casebook.json';
export const INDEX_VERSION = 1;

/** `casebook.json`: organisations, the user's profile, and summaries of everything else. */
export const indexFileSchema = z.object({
  schemaVersion: z.literal(INDEX_VERSION),
  organisations: z.array(organisationSchema).default([]),
  profile: profileSchema.default(defaultProfile),
  caseSummaries: z.array(caseSummarySchema).default([]),
  workshops: z.array(workshopSummarySchema).default([]),
  workshopTemplates: z.array(workshopTemplateSchema).default([]),
});
export type IndexFile = z.output<typeof indexFileSchema>;

export const emptyIndex = (): IndexFile => ({
  schemaVersion: INDEX_VERSION,
  organisations: [],
  profile: defaultProfile,
  caseSummaries: [],
  workshops: [],
  workshopTemplates: [],
});
