import { docText, type DocumentLanguage } from '../../../../shared/i18n/documents';

export const DECLARATION = docText('en', 'assessmentReport.declaration');

/**
 * The declaration says "I carried out this peer assessment": true only when the signer is one of
 * the assessors the case records. Anyone else signs on their behalf, and the declaration says so.
 */
export function declarationFor(assessors: readonly string[], signer: string, language: DocumentLanguage = 'en'): string {
  const same = (a: string) => a.trim().toLocaleLowerCase('en-GB') === signer.trim().toLocaleLowerCase('en-GB');
  if (assessors.length === 0 || assessors.some(same)) return docText(language, 'assessmentReport.declaration');
  return docText(language, 'assessmentReport.onBehalf', { count: assessors.length, assessors: assessors.join(', ') });
}
