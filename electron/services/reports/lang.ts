import type { ReportModel } from '../../../shared/domain/report-models';
import type { Statement } from '../../../shared/domain/statements';
import { docText, documentLanguages, type DocumentLanguage, type DocumentLanguageChoice } from '../../../shared/i18n/documents';
import { formatDate, formatDateTime, numericDate } from './format';
import { LanguageSpans } from './language-spans';

type Values = Record<string, string | number>;
/** Values for a string, or a function giving them per language (so each language formats its own dates). */
export type LangValues = Values | ((language: DocumentLanguage) => Values);

/** One report built once per language of the choice, in reading order (Welsh first when bilingual). */
export interface LocalisedReport {
  choice: DocumentLanguageChoice;
  versions: { language: DocumentLanguage; report: ReportModel }[];
  /** What the document states, fact by fact; embedded in the PDF (embed-statements.ts). */
  statements?: Statement[];
}

/** A model in one language, as the documents receive it. */
export type Version<M> = { language: DocumentLanguage; model: M };

/** A single-language report (old callers, samples) as a localised one. */
export const inEnglish = (report: ReportModel): LocalisedReport => ({ choice: 'en', versions: [{ language: 'en', report }] });

/** Texts printed once when every language gives the same (a name the user typed), else joined Welsh first. */
export const joinDistinct = (texts: string[], separator = ' / '): string => [...new Set(texts)].join(separator);

/**
 * The fixed text of a document in the export's language choice. Bilingual text is Welsh then
 * English, the same size (Welsh Language Standards): " / " on one line, or a separator given.
 */
export interface DocLang {
  choice: DocumentLanguageChoice;
  languages: DocumentLanguage[];
  bilingual: boolean;
  /** The PDF's /Lang: the first language read. */
  pdfLanguage: string;
  t(key: string, values?: LangValues, separator?: string): string;
  /** The key in each language, in reading order. */
  each(key: string, values?: LangValues): string[];
  /** A long date ("2 Rhagfyr 2026 / 2 December 2026" when bilingual). */
  date(isoDay: string | null | undefined): string;
  /** A date in a narrow table cell: long in one language, "02/12/2026" (language-free) when bilingual. */
  cellDate(isoDay: string | null | undefined): string;
  dateTime(iso: string): string;
  /** Texts given per language in reading order (a model's own wording), printed once if all the same, else joined. */
  join(texts: string[], separator?: string): string;
  /** Texts given per language in reading order, each printed on its own (a paragraph per language): recorded with their language. */
  own(texts: string[]): string[];
  /** What this document printed in which language, for the tagging (language-spans.ts). */
  spans: LanguageSpans;
}

/** The /Lang of a document language. */
export const pdfLanguageOf = (language: DocumentLanguage): string => (language === 'cy' ? 'cy' : 'en-GB');

export function docLang(choice: DocumentLanguageChoice): DocLang {
  const languages = documentLanguages(choice);
  const bilingual = languages.length > 1;
  const spans = new LanguageSpans();
  const valuesFor = (values: LangValues | undefined, language: DocumentLanguage): Values =>
    typeof values === 'function' ? values(language) : (values ?? {});
  // In a bilingual document every text printed is recorded with its language, so each half is read in its own.
  const record = (texts: string[]) =>
    bilingual && new Set(texts).size > 1 ? texts.map((text, i) => spans.one(text, pdfLanguageOf(languages[i]))) : texts;
  const join = (texts: string[], separator = ' / ') =>
    new Set(texts).size > 1 && bilingual
      ? spans.join(
          texts.map((text, i) => ({ text, lang: pdfLanguageOf(languages[i]) })),
          separator,
        )
      : joinDistinct(texts, separator);
  const each = (key: string, values?: LangValues) =>
    record(languages.map((language) => docText(language, key, valuesFor(values, language))));
  return {
    choice,
    languages,
    bilingual,
    pdfLanguage: pdfLanguageOf(languages[0]),
    each,
    t: (key, values, separator = ' / ') => join(each(key, values), separator),
    date: (isoDay) => join(languages.map((language) => formatDate(isoDay, language))),
    cellDate: (isoDay) => (bilingual ? numericDate(isoDay) : formatDate(isoDay, languages[0])),
    dateTime: (iso) => join(languages.map((language) => formatDateTime(iso, language))),
    join,
    own: record,
    spans,
  };
}

/** A document's versions; a bare model (tests, older callers) is its English version. */
export const asVersions = <M extends object>(input: M | Version<M>[]): Version<M>[] =>
  Array.isArray(input) ? input : [{ language: 'en', model: input }];
