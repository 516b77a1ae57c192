import type { CaseRecord, EvidenceItem, Interview } from './case';
import { publishableInterviews } from './confidential';

/*
 * Facts that more than one document (or a document and a screen) states about a case, each
 * decided once here from the record. Documents never work these out for themselves.
 */

/** Community partnership recognition: a decision either way, or not yet decided (never "not recognised" by default). */
export type CommunityStatus = 'recognised' | 'not_recognised' | 'not_decided';

export function communityStatus(record: Pick<CaseRecord, 'assessment'>): CommunityStatus {
  const recognised = record.assessment.communityRecognised;
  return recognised === null ? 'not_decided' : recognised ? 'recognised' : 'not_recognised';
}

/** The people who assessed: the visit's assessors, or else the case's assessor; empty when neither is recorded. */
export function assessorsOf(record: Pick<CaseRecord, 'assessment' | 'assessor'>): string[] {
  const named = record.assessment.assessors.map((a) => a.trim()).filter((a) => a.length > 0);
  if (named.length > 0) return named;
  return [record.assessor.trim()].filter((a) => a.length > 0);
}

/** Evidence items linked to a criterion. */
export const evidenceFor = (record: Pick<CaseRecord, 'assessment'>, criterionId: string): EvidenceItem[] =>
  record.assessment.evidence.filter((e) => e.criteria.includes(criterionId));

/** Interviews linked to a criterion that may be cited (confidential ones are never cited). */
export const interviewsFor = (record: Pick<CaseRecord, 'assessment'>, criterionId: string): Interview[] =>
  publishableInterviews(record.assessment.interviews).filter((i) => i.criteria.includes(criterionId));

/** Evidence items linked to no criterion the framework knows: they still belong in the report. */
export function unlinkedEvidence(record: Pick<CaseRecord, 'assessment'>, criterionIds: readonly string[]): EvidenceItem[] {
  const known = new Set(criterionIds);
  return record.assessment.evidence.filter((e) => !e.criteria.some((c) => known.has(c)));
}

/** Visit dates in order, without repeats. */
export const visitDatesOf = (record: Pick<CaseRecord, 'assessment'>): string[] => [...new Set(record.assessment.visitDates)].sort();

/** Whether a person's name may be printed: only when the assessor chose to name people. */
export const namesShown = (record: Pick<CaseRecord, 'assessment'>): boolean => record.assessment.namePeopleInReport === true;
