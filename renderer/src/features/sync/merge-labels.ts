import type { TFunction } from 'i18next';
import type { Framework } from '../../../../shared/frameworks';
import { formatDate, formatDateTime } from '../../i18n/format';

const criterionId = /^C\d{1,2}$/;
const requirementId = /^R\d{1,2}$/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * What the person calls the value both people changed, in the interface language: the record's
 * keys by name (`sync:merge.fields`), a criterion by its number and title, a requirement by its
 * number. A list item's id names nothing a person sees and is left out (its list is named).
 */
export function conflictLabel(path: string[], t: TFunction, framework: Framework): string {
  const parts: string[] = [];
  for (const [i, segment] of path.entries()) {
    // Stage 4 holds most of the case; saying "Assessment" before each of them adds nothing. Only the
    // record's own stage-4 key, at the root, is left out: a key of that name deeper down is named.
    if (segment === 'assessment' && i === 0) continue;
    // "C3 <title>" says it is a criterion.
    if (segment === 'criteria' && criterionId.test(path[i + 1] ?? '')) continue;
    if (criterionId.test(segment)) {
      const title = framework.criteria.find((c) => c.id === segment)?.title;
      parts.push(title ? `${segment} ${title}` : segment);
    } else if (requirementId.test(segment)) parts.push(segment);
    else {
      const name = t(`sync:merge.fields.${segment}`, { defaultValue: '' });
      if (name) parts.push(name);
    }
  }
  return parts.join(' › ');
}

/** The choices a value can take, by the key that holds it (and, for status, the list it is in). */
function choicesKey(path: string[]): string | null {
  const leaf = path.at(-1);
  if (leaf === 'judgement') return 'cases:criterion.judgements';
  if (leaf === 'outcome' && path[0] === 'recommendation') return 'cases:recommendation.outcomes';
  if (leaf === 'status' && path.includes('requirements')) return 'cases:actionPlan.statuses';
  if (leaf === 'status' && path.includes('actions')) return 'cases:actionPlan.rag';
  if (leaf === 'kind' && path.includes('evidence')) return 'cases:evidence.kinds';
  if (leaf === 'group' && path.includes('interviews')) return 'cases:interviews.groups';
  return null;
}

/** One side's value as the person reads it: a choice by its name, a date as dates are shown. */
export function conflictValue(path: string[], value: unknown, t: TFunction): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return t(`cases:assessment.yesNo.${value ? 'yes' : 'no'}`);
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : JSON.stringify(value);
  const choices = choicesKey(path);
  if (choices) return t(`${choices}.${value}`, { defaultValue: value });
  if (isoDay.test(value)) return formatDate(value);
  if (isoTime.test(value)) return formatDateTime(value);
  return value;
}
