import type { Framework } from '../frameworks/go-award';
import type { CaseRecord, Interview } from './case';

/**
 * The questions an assessor takes to the visit, gathered from three places:
 * - `prompt`: the framework's prompts for a criterion (key `C2.p1`, `C2.p2`, …);
 * - `criterion_note`: a criterion's preparation note flagged *ask at the visit* (key `C2`);
 * - `requirement_note`: an action-plan requirement's note flagged *ask at the visit* (key `R9`).
 * An interview note answers a question by listing its key in `answers`.
 */
export type QuestionSource = 'prompt' | 'criterion_note' | 'requirement_note';

export interface VisitQuestion {
  key: string;
  source: QuestionSource;
  /** The criterion it sits beside, or null for an action-plan requirement's question. */
  criterionId: string | null;
  /** The requirement it came from (requirement notes only). */
  requirementId: string | null;
  text: string;
  /** Ids of the interview notes that answer it, in the order they were taken. */
  answeredBy: string[];
}

export const promptKey = (criterionId: string, index: number): string => `${criterionId}.p${index + 1}`;

/** The criterion a question key belongs to (`C2.p1` → `C2`, `C2` → `C2`), or null for `R9`. */
export function criterionOfKey(key: string): string | null {
  const match = /^(C\d{1,2})(\.p\d{1,2})?$/.exec(key);
  return match ? match[1] : null;
}

const answeredBy = (interviews: Interview[], key: string) => interviews.filter((i) => i.answers?.includes(key)).map((i) => i.id);

/** Every visit question of the case, criteria in framework order, then the requirements'. */
export function visitQuestions(c: CaseRecord, framework: Framework): VisitQuestion[] {
  const { interviews } = c.assessment;
  const questions: VisitQuestion[] = [];
  for (const criterion of framework.criteria) {
    const own = c.assessment.criteria[criterion.id];
    if (own?.askAtVisit && own.note?.trim()) {
      questions.push({
        key: criterion.id,
        source: 'criterion_note',
        criterionId: criterion.id,
        requirementId: null,
        text: own.note?.trim() ?? '',
        answeredBy: answeredBy(interviews, criterion.id),
      });
    }
    criterion.prompts.forEach((text, index) => {
      const key = promptKey(criterion.id, index);
      questions.push({
        key,
        source: 'prompt',
        criterionId: criterion.id,
        requirementId: null,
        text,
        answeredBy: answeredBy(interviews, key),
      });
    });
  }
  for (const requirement of framework.requirements) {
    const check = c.actionPlan.requirements[requirement.id];
    if (check?.askAtVisit && check.note.trim()) {
      questions.push({
        key: requirement.id,
        source: 'requirement_note',
        criterionId: null,
        requirementId: requirement.id,
        text: check.note.trim(),
        answeredBy: answeredBy(interviews, requirement.id),
      });
    }
  }
  return questions;
}

/**
 * Ticks (or unticks) question `key` on an interview note: the patch for its answers and, for a
 * criterion's question, its criteria — an answer about C2 is evidence for C2.
 */
export function tickQuestion(
  interview: Pick<Interview, 'answers' | 'criteria'>,
  key: string,
  ticked: boolean,
): { answers: string[]; criteria?: string[] } {
  const had = interview.answers ?? [];
  const answers = ticked ? [...new Set([...had, key])] : had.filter((k) => k !== key);
  const criterionId = criterionOfKey(key);
  if (!ticked || !criterionId || interview.criteria.includes(criterionId)) return { answers };
  return { answers, criteria: [...interview.criteria, criterionId].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))) };
}

/** The visit dates with `day` added (sorted, no duplicates); the same list when already there. */
export function withVisitDay(dates: readonly string[], day: string): string[] {
  if (dates.includes(day)) return [...dates];
  return [...dates, day].sort();
}
