import { z } from 'zod';
import { shortText } from './common';

export const profileRoles = ['peer_assessor', 'facilitator', 'coordinator', 'other'] as const;

/** The interface languages Casebook ships (BCP 47 tags, as i18next and Intl use them). */
export const languages = ['en-GB', 'cy'] as const;
export type Language = (typeof languages)[number];

/** The person using this copy of Casebook; stamped on journal entries and signatures. */
export const profileSchema = z.object({
  name: shortText,
  role: z.enum(profileRoles),
  organisation: shortText,
  /** The interface language; older workspaces without one read as English. */
  language: z.enum(languages).default('en-GB'),
  /** Set once the first-run welcome has been completed, so it never shows again. */
  welcomed: z.boolean().default(false),
});
export type Profile = z.infer<typeof profileSchema>;

export const defaultProfile: Profile = { name: '', role: 'peer_assessor', organisation: '', language: 'en-GB', welcomed: false };

/** First run: nobody has said who they are yet, so the welcome screen asks. */
export const needsWelcome = (profile: Profile): boolean => !profile.welcomed && profile.name.trim() === '';
