import { z } from 'zod';
import { idSchema, isoDateTime, regionSchema, shortText } from './common';

export const organisationTypes = ['local_authority', 'nhs_trust', 'strategic_health_authority', 'school_lsp', 'other'] as const;
export const organisationTypeSchema = z.enum(organisationTypes);

export const contactSchema = z.object({
  name: shortText.min(1, 'A contact needs a name'),
  role: shortText,
});
export type Contact = z.infer<typeof contactSchema>;

/** What a person fills in; the store adds id and timestamps. */
export const organisationDraftSchema = z.object({
  name: shortText.min(1, 'An organisation needs a name'),
  type: organisationTypeSchema,
  region: regionSchema,
  contacts: z.array(contactSchema).max(50).default([]),
});
export type OrganisationDraft = z.infer<typeof organisationDraftSchema>;

export const organisationSchema = organisationDraftSchema.extend({
  id: idSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Organisation = z.infer<typeof organisationSchema>;
