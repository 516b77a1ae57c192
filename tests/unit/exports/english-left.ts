import { documentsCy, documentsEn } from '../../../shared/i18n/documents';

type Table = { [key: string]: string | Table };

/** Every fixed-text leaf as [key, text]. */
const leaves = (table: Table, prefix = ''): [string, string][] =>
  Object.entries(table).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));

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

/** The English fixed phrases found in a text (whitespace folded), for a test to expect none. */
export const englishOnlyPhrases = (text: string, typedByTheUser: readonly string[] = []): string[] => {
  const folded = text.replace(/\s+/g, ' ');
  return englishFixedPhrases.filter((phrase) => !typedByTheUser.includes(phrase) && folded.includes(phrase));
};
