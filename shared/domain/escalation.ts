import { z } from 'zod';
import { englishError, type ErrorKey } from '../i18n/errors';
import { refusal, type AppErrorShape } from '../result';
import { idSchema, isoDate, isoDateTime, longText, shortText } from './common';
import { issueDraftSchema, issueLevels, issueLevelSchema, issueOptionSchema, type IssueDraft, type IssueLevel } from './partnership-issue';

/** An option tried at one level; escalation needs every option at the current level marked exhausted. */
export const loggedOptionSchema = issueOptionSchema.extend({
  recordedBy: shortText.default(''),
  exhausted: z.boolean().default(false),
});
export type LoggedOption = z.infer<typeof loggedOptionSchema>;

/** A move from one level to the next, with who moved it and when. */
export const escalationSchema = z.object({
  from: issueLevelSchema,
  to: issueLevelSchema,
  at: isoDateTime,
  by: shortText,
});
export type Escalation = z.infer<typeof escalationSchema>;

/** Where an issue was first raised, when not in the log itself (e.g. a live workshop). */
export const issueOriginSchema = z.object({
  kind: z.enum(['log', 'workshop']),
  /** The workshop's id, for issues raised in one. */
  id: idSchema.optional(),
  /** The issue's id inside its workshop, so the same issue is never logged twice. */
  key: idSchema.optional(),
});
export type IssueOrigin = z.infer<typeof issueOriginSchema>;

/** One entry of the issue-resolution log (seed 000), per organisation or partnership. */
export const loggedIssueSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  title: shortText.min(1, 'Give the issue a title'),
  description: longText.default(''),
  raisedBy: shortText.default(''),
  raisedOn: isoDate,
  level: issueLevelSchema.default('local'),
  options: z.array(loggedOptionSchema).default([]),
  escalations: z.array(escalationSchema).default([]),
  outcome: longText.default(''),
  /** Set when resolved; a resolved issue does not escalate. */
  resolvedOn: isoDate.nullable().default(null),
  origin: issueOriginSchema.default({ kind: 'log' }),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type LoggedIssue = z.infer<typeof loggedIssueSchema>;

/** A note kept on an organisation, e.g. the text of a refused contractual dispute. */
export const organisationNoteSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  kind: z.enum(['refused_contractual_dispute']),
  title: shortText,
  text: longText,
  reason: z.string(),
  raisedBy: shortText.default(''),
  raisedOn: isoDate,
  at: isoDateTime,
  by: shortText,
});
export type OrganisationNote = z.infer<typeof organisationNoteSchema>;

export { issueDraftSchema };

/** Why an individual contractual dispute is refused from the log (its text by key: errors `contractualDispute`). */
export const CONTRACTUAL_DISPUTE_REASON = englishError('contractualDispute');

/** Whether a raised issue may enter the log; individual contractual disputes are refused with the reason. */
export function screenIssue(
  draft: Pick<IssueDraft, 'individualContractualDispute'>,
): { accepted: true } | { accepted: false; reason: 'individual_contractual_dispute'; message: string } {
  if (draft.individualContractualDispute) {
    return { accepted: false, reason: 'individual_contractual_dispute', message: CONTRACTUAL_DISPUTE_REASON };
  }
  return { accepted: true };
}

/** The level above, or null at national (the top). */
export function nextLevel(level: IssueLevel): IssueLevel | null {
  const index = issueLevels.indexOf(level);
  return index < issueLevels.length - 1 ? issueLevels[index + 1] : null;
}

export const escalationBlocks = ['resolved', 'top_level', 'no_options', 'not_exhausted'] as const;
export type EscalationBlock = (typeof escalationBlocks)[number];

const blockKeys: Record<EscalationBlock, ErrorKey> = {
  resolved: 'escalationResolved',
  top_level: 'escalationTopLevel',
  no_options: 'escalationNoOptions',
  not_exhausted: 'escalationNotExhausted',
};

export type EscalationCheck =
  { allowed: true; to: IssueLevel } | { allowed: false; reason: EscalationBlock; message: string; error: AppErrorShape };

/**
 * Seed 000: issues are resolved at the lowest level possible and escalate only once the options
 * for resolution at the current level are recorded and exhausted. National is the top.
 */
export function checkEscalation(issue: Pick<LoggedIssue, 'level' | 'options' | 'resolvedOn'>): EscalationCheck {
  const block = (reason: EscalationBlock): EscalationCheck => {
    const error = refusal('conflict', blockKeys[reason]);
    return { allowed: false, reason, message: error.message, error };
  };
  if (issue.resolvedOn) return block('resolved');
  const to = nextLevel(issue.level);
  if (!to) return block('top_level');
  const here = issue.options.filter((o) => o.level === issue.level);
  if (here.length === 0) return block('no_options');
  if (here.some((o) => !o.exhausted)) return block('not_exhausted');
  return { allowed: true, to };
}

/** The issue one level up, with the move recorded; throws if the rule does not allow it. */
export function escalate(issue: LoggedIssue, by: string, at: string): LoggedIssue {
  const check = checkEscalation(issue);
  if (!check.allowed) throw new Error(check.message);
  return {
    ...issue,
    level: check.to,
    escalations: [...issue.escalations, { from: issue.level, to: check.to, at, by }],
    updatedAt: at,
  };
}

export const isOpenIssue = (issue: Pick<LoggedIssue, 'resolvedOn'>): boolean => issue.resolvedOn === null;
