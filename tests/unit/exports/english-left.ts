import { documentsCy, documentsEn } from '../../../shared/i18n/documents';

type Table = { [key: string]: string | Table };

/** Every fixed-text leaf as [key, text]. */
const leaves = (table: Table, prefix = ''): [string, string][] =>
  Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );

const welsh = new Map(leaves(documentsCy as unknown as Table));

/**
 * The pieces of English fixed text that a Welsh document must not contain: the literal parts of
 * every English string (between its {{placeholders}}) that differ from the Welsh string of the same
 * key, long enough (≥ 10 characters) not to be a word both languages share ("Agenda", "Data").
 */
export const englishFixedPhrases: string[] = [
  ...new Set(
    leaves(documentsEn as unknown as Table)
      .filter(([key, text]) => welsh.get(key) !== text && !key.startsWith('refusals.'))
      .flatMap(([, text]) => text.split(/\{\{\w+\}\}/).map((part) => part.trim()))
      .filter((part) => part.length >= 10),
  ),
];

/** Every string in a record (what the user typed, as far as a document can tell). */
export const stringsOf = (record: unknown): string[] =>
  typeof record === 'string'
    ? [record]
    : Array.isArray(record)
      ? record.flatMap(stringsOf)
      : record && typeof record === 'object'
        ? Object.values(record).flatMap(stringsOf)
        : [];

/** The English fixed phrases found in a text (whitespace folded), for a test to expect none. */
export const englishOnlyPhrases = (text: string, typedByTheUser: readonly string[] = []): string[] => {
  const folded = text.replace(/\s+/g, ' ');
  // A phrase the record's own text contains is the user's, printed as typed, not ours.
  return englishFixedPhrases.filter((phrase) => folded.includes(phrase) && !typedByTheUser.some((typed) => typed.includes(phrase)));
};
