import { z } from 'zod';
import { idSchema, isoDate, isoDateTime, longText, shortText } from './common';

export const issueLevels = ['local', 'regional', 'national'] as const;
export const issueLevelSchema = z.enum(issueLevels);
export type IssueLevel = z.infer<typeof issueLevelSchema>;

/** An issue as first raised (e.g. in a live workshop), before it is in the issue log. */
export const issueDraftSchema = z.object({
  title: shortText.min(1, 'Give the issue a title'),
  description: longText.default(''),
  raisedBy: shortText.default(''),
  raisedOn: isoDate,
  /** Individual contractual disputes go to union casework, not the partnership log. */
  individualContractualDispute: z.boolean().default(false),
});
export type IssueDraft = z.infer<typeof issueDraftSchema>;

export const issueOptionSchema = z.object({
  id: idSchema,
  level: issueLevelSchema,
  description: longText,
  recordedAt: isoDateTime,
});

export { idSchema, isoDateTime };
