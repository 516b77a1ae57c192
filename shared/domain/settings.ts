import { z } from 'zod';
import { shortText } from './common';

export const profileRoles = ['peer_assessor', 'facilitator', 'coordinator', 'other'] as const;

/** The person using this copy of Casebook; stamped on journal entries and signatures. */
export const profileSchema = z.object({
  name: shortText,
  role: z.enum(profileRoles),
  organisation: shortText,
});
export type Profile = z.infer<typeof profileSchema>;

export const defaultProfile: Profile = { name: '', role: 'peer_assessor', organisation: '' };
