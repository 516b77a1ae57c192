import { AppError } from '../../../shared/result';
import { history } from '../../../shared/i18n/history/en';
import type { JournalNote } from './case-store';

// The English history terms are the renderer's own (shared/i18n/history): the stored summary is the
// English reading of the same keys and values, so the two cannot drift apart.
/** Person-readable words for stored values, used in history lines. */
export const words: Record<string, string> = history.words;
const fieldNames: Record<string, string> = history.fields;

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/** "3 Dec 2026" for a YYYY-MM-DD value: the history reads in the app's one date style. */
export const showDay = (value: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayFormat.format(new Date(`${value}T00:00:00Z`)) : value;

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return 'cleared';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === 'string' ? showDay(v) : String(v))).join(', ') : 'none';
  if (typeof value === 'string') return words[value] ?? showDay(value);
  return 'set';
};

/** Fields whose values are long free text: the history says "edited", never the words. */
const TEXT_FIELDS = new Set([
  'analysisOfNeed',
  'steeringGroup',
  'unionRepresentation',
  'note',
  'evidence',
  'rationale',
  'developmentPoints',
  'communityNote',
  'notes',
  'justification',
]);

/**
 * A history line for a patch on `subject` ("Notify", "Criterion C2"): short values are quoted
 * ("Criterion C2 judgement set to partly met"), free text is "edited" and coalesced.
 */
export function describePatch(
  kind: string,
  subject: string,
  patch: Record<string, unknown>,
  coalesceScope: string,
  about: HistorySubject,
): JournalNote | null {
  const keys = Object.keys(patch).filter((k) => patch[k] !== undefined);
  if (keys.length === 0) return null;
  const parts = keys.map((k) =>
    TEXT_FIELDS.has(k)
      ? `${fieldNames[k] ?? k} edited`
      : `${fieldNames[k] ?? k} set to ${show(k === 'signature' ? (patch[k] ? 'set' : null) : patch[k])}`,
  );
  const onlyText = keys.every((k) => TEXT_FIELDS.has(k));
  const details = Object.fromEntries(keys.map((k) => [k, TEXT_FIELDS.has(k) ? { length: String(patch[k] ?? '').length } : patch[k]]));
  return {
    kind,
    summary: `${subject}: ${parts.join('; ')}`,
    // `about` and `changes` are the line as keys and values, so the reader sees it in their language.
    details: {
      subject,
      ...details,
      about,
      changes: keys.map((k) =>
        TEXT_FIELDS.has(k) ? { field: k, edited: true } : { field: k, value: k === 'signature' ? (patch[k] ? 'set' : null) : patch[k] },
      ),
    },
    ...(onlyText ? { coalesceKey: `${coalesceScope}:${keys.sort().join(',')}` } : {}),
  };
}

/** What a patch line is about, as a key (`criterion`) and the item it names (`C2`, a person, an action). */
export interface HistorySubject {
  subject:
    | 'notify'
    | 'signUp'
    | 'signatory'
    | 'actionPlan'
    | 'requirement'
    | 'action'
    | 'assessment'
    | 'criterion'
    | 'evidence'
    | 'interview'
    | 'recommendation';
  ref?: string;
}

/** Finds an item by id in a list, or says what is missing. */
export function findIn<T extends { id: string }>(list: T[], id: string, noun: string): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw new AppError('not_found', 'caseItemGone', { noun });
  return found;
}

/** Copies only the defined keys of `patch` onto `target`. */
export function applyPatch<T extends object>(target: T, patch: Partial<T>): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
}
