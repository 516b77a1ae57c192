import type { Interview } from './case';
import type { IssueDraft } from './partnership-issue';
import type { Workshop } from './workshop';

/*
 * The one place that decides what must never leave Casebook: every export, preview, demo export
 * and projected screen reads records through these functions, never the raw arrays.
 *
 * - An issue marked an individual contractual dispute belongs to union casework: it is always
 *   confidential, whatever else is ticked.
 * - Notes, top tips, parking-lot items and interviews the user marked confidential stay in the
 *   record (and on the facilitator's or assessor's own screen) but are never published.
 */

/** Anything that can carry the user's confidential mark. */
export interface MaybeConfidential {
  confidential?: boolean;
}

export const isConfidential = (item: MaybeConfidential): boolean => item.confidential === true;

/** An issue is confidential when the user marks it, and always when it is a contractual dispute. */
export const isConfidentialIssue = (issue: Pick<IssueDraft, 'individualContractualDispute'> & MaybeConfidential): boolean =>
  issue.individualContractualDispute || issue.confidential === true;

/** The items of a list that may be published. */
export const publishable = <T extends MaybeConfidential>(items: readonly T[]): T[] => items.filter((item) => !isConfidential(item));

/** How many items were held back from a workshop's publication, by reason, so a document can say so (and nothing more). */
export interface WithheldCounts {
  /** Individual contractual disputes, kept for union casework. */
  casework: number;
  /** Notes, top tips, parking-lot items and issues the user marked confidential. */
  confidential: number;
}

/** The publishable view of a workshop: every list with confidential items removed. */
export interface PublishableWorkshop {
  workshop: Workshop;
  withheld: WithheldCounts;
}

/**
 * The workshop as it may be published: notes, top tips, parking lot and issues without anything
 * confidential. Everything else (themes, ratings, actions, people) is unchanged.
 */
export function publishableWorkshop(workshop: Workshop): PublishableWorkshop {
  const casework = workshop.issues.filter((i) => i.individualContractualDispute).length;
  const confidential =
    workshop.notes.filter(isConfidential).length +
    workshop.topTips.filter(isConfidential).length +
    workshop.parkingLot.filter(isConfidential).length +
    workshop.issues.filter((i) => !i.individualContractualDispute && isConfidentialIssue(i)).length;
  return {
    workshop: {
      ...workshop,
      notes: publishable(workshop.notes),
      topTips: publishable(workshop.topTips),
      parkingLot: publishable(workshop.parkingLot),
      issues: workshop.issues.filter((i) => !isConfidentialIssue(i)),
    },
    withheld: { casework, confidential },
  };
}

/** Interviews whose notes may be quoted or counted by name in a document. */
export const publishableInterviews = (interviews: readonly Interview[]): Interview[] => publishable(interviews);

/** The sentence a document prints for what it held back, or null when nothing was. */
export function withheldSentence(withheld: WithheldCounts): string | null {
  const parts: string[] = [];
  if (withheld.casework > 0) parts.push(`${withheld.casework} ${withheld.casework === 1 ? 'item' : 'items'} kept for union casework`);
  if (withheld.confidential > 0) parts.push(`${withheld.confidential} confidential ${withheld.confidential === 1 ? 'item' : 'items'}`);
  return parts.length > 0 ? `${parts.join(' and ')} (not shown).` : null;
}
