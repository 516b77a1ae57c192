import { z } from 'zod';
import { idSchema, isoDate, longText, shortText } from '../../domain/common';
import { issueOriginSchema, loggedIssueSchema, organisationNoteSchema } from '../../domain/escalation';
import { issueDraftSchema } from '../../domain/partnership-issue';
import { mutation, query } from '../define';

export const raiseIssueInputSchema = issueDraftSchema.extend({
  organisationId: idSchema,
  origin: issueOriginSchema.optional(),
  /** Options already tried when the issue is raised; each is recorded at local level. */
  optionsTried: z.array(longText).optional(),
});
export type RaiseIssueInput = z.input<typeof raiseIssueInputSchema>;

/** A raised issue is either logged, or refused with the reason and kept as a note. */
export const raiseIssueResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('logged'), issue: loggedIssueSchema }),
  z.object({
    outcome: z.literal('refused'),
    reason: z.literal('individual_contractual_dispute'),
    message: z.string(),
    note: organisationNoteSchema,
  }),
]);
export type RaiseIssueResult = z.infer<typeof raiseIssueResultSchema>;

export const issueLogSchema = z.object({ issues: z.array(loggedIssueSchema), notes: z.array(organisationNoteSchema) });
export type IssueLog = z.infer<typeof issueLogSchema>;

const byId = z.object({ id: idSchema });

export const issuesContract = {
  /** The whole log and the notes kept from refused issues, optionally for one organisation. */
  'issues:list': query(z.object({ organisationId: idSchema.optional() }), issueLogSchema),
  'issues:raise': mutation(raiseIssueInputSchema, raiseIssueResultSchema),
  'issues:update': mutation(
    byId.extend({
      patch: z.object({
        title: shortText.min(1, 'Give the issue a title').optional(),
        description: longText.optional(),
        raisedBy: shortText.optional(),
        outcome: longText.optional(),
      }),
    }),
    loggedIssueSchema,
  ),
  /** Records an option tried at the issue's current level. */
  'issues:recordOption': mutation(byId.extend({ description: longText.min(1, 'Describe the option tried') }), loggedIssueSchema),
  'issues:setOptionExhausted': mutation(byId.extend({ optionId: idSchema, exhausted: z.boolean() }), loggedIssueSchema),
  /** Moves the issue one level up, only when the escalation rule allows it. */
  'issues:escalate': mutation(byId, loggedIssueSchema),
  'issues:resolve': mutation(byId.extend({ outcome: longText, resolvedOn: isoDate }), loggedIssueSchema),
  'issues:reopen': mutation(byId, loggedIssueSchema),
};
