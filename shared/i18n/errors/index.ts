import type { Language } from '../../domain/settings';
import { documentsCy } from '../documents/cy';
import { documentsEn } from '../documents/en';
import { errorsCy } from './cy';
import { errorsEn } from './en';

type Refusals = typeof documentsEn.refusals;
const documentRefusals = (refusals: Record<keyof Refusals, string>) =>
  Object.fromEntries(Object.entries(refusals).map(([key, text]) => [`document_${key}`, text])) as {
    [K in keyof Refusals as `document_${K}`]: string;
  };

/**
 * Every error text by key, per interface language: the services' own (errors/en.ts, cy.ts) and the
 * documents' refusals (shared/i18n/documents, as `document_<key>`), so a document's refusal reads
 * in the same words as its own text.
 */
export const errorStrings = {
  'en-GB': { ...errorsEn, ...documentRefusals(documentsEn.refusals) },
  cy: { ...errorsCy, ...documentRefusals(documentsCy.refusals) },
} satisfies Record<Language, unknown>;

type Catalogue = (typeof errorStrings)['en-GB'];
/** A stable name for one thing the services can say; never reused for a different meaning. */
export type ErrorKey = Exclude<keyof Catalogue, 'byCode'>;
export type ErrorValues = Record<string, string | number>;

export const isErrorKey = (key: string): key is ErrorKey => key !== 'byCode' && Object.hasOwn(errorStrings['en-GB'], key);

/** Fills {{name}} placeholders the way i18next does. */
export const fillValues = (template: string, values: ErrorValues = {}): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => (name in values ? String(values[name]) : `{{${name}}}`));

/** The English text of a key: the message an AppError carries for logs and tests. */
export const englishError = (key: ErrorKey, values?: ErrorValues): string => fillValues(errorStrings['en-GB'][key], values);
