import { documentsCy } from './cy';
import { documentsEn, type DocumentStrings } from './en';

export type DocumentLanguage = 'en' | 'cy';
/** How an export is laid out: one language, or both with Welsh first (Welsh Language Standards). */
export type DocumentLanguageChoice = DocumentLanguage | 'bilingual';

const tables: Record<DocumentLanguage, unknown> = { en: documentsEn, cy: documentsCy };
const pluralRules: Record<DocumentLanguage, Intl.PluralRules> = { en: new Intl.PluralRules('en-GB'), cy: new Intl.PluralRules('cy') };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & (string | number)]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & (string | number)];
/** Every key of the document text, e.g. "commitmentCertificate.heading". */
export type DocumentKey = Leaves<DocumentStrings>;

const lookup = (language: DocumentLanguage, key: string): string | undefined => {
  let at: unknown = tables[language];
  for (const part of key.split('.')) at = (at as Record<string, unknown> | undefined)?.[part];
  return typeof at === 'string' ? at : undefined;
};

/**
 * A document string in `language`, with `{{name}}` filled from `values`. With a numeric `count`,
 * the plural form the language's rules pick (Welsh has six) is used when the key has plural forms.
 * A missing Welsh string throws rather than printing English on a Welsh document.
 */
export function docText(language: DocumentLanguage, key: string, values: Record<string, string | number> = {}): string {
  const plural = typeof values.count === 'number' ? lookup(language, `${key}_${pluralRules[language].select(values.count)}`) : undefined;
  const template = plural ?? lookup(language, key) ?? lookup(language, `${key}_other`);
  if (template === undefined) throw new Error(`No ${language} document text for "${key}"`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The languages a document is printed in, in reading order: Welsh first when bilingual. */
export const documentLanguages = (choice: DocumentLanguageChoice): DocumentLanguage[] => (choice === 'bilingual' ? ['cy', 'en'] : [choice]);

/** "Welsh / English" for a bilingual label, Welsh first, or the one language's text. */
export const docTextFor = (
  choice: DocumentLanguageChoice,
  key: string,
  values: Record<string, string | number> = {},
  separator = ' / ',
): string =>
  documentLanguages(choice)
    .map((language) => docText(language, key, values))
    .join(separator);

/** The PDF's /Lang entry for the choice (a bilingual document is primarily Welsh, read first). */
export const pdfLang = (choice: DocumentLanguageChoice): string => (choice === 'en' ? 'en-GB' : 'cy');

export { documentsCy, documentsEn };
