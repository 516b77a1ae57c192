import type { WithheldCounts } from '../../../../shared/domain/confidential';
import { docText, type DocumentLanguage } from '../../../../shared/i18n/documents';
import type { DocLang } from '../lang';

/** One language's sentence: the same facts, in the same order, as confidential.ts's withheldSentence. */
function sentence(withheld: WithheldCounts, language: DocumentLanguage): string {
  const parts = [
    ...(withheld.casework > 0 ? [docText(language, 'withheld.casework', { count: withheld.casework })] : []),
    ...(withheld.confidential > 0 ? [docText(language, 'withheld.confidential', { count: withheld.confidential })] : []),
  ];
  return docText(language, 'withheld.notShown', { items: parts.join(docText(language, 'withheld.and')) });
}

/**
 * "1 item kept for union casework and 3 confidential items (not shown).", in each language of the
 * export (Welsh first); null when nothing was held back.
 */
export function withheldText(withheld: WithheldCounts, lang: DocLang): string | null {
  if (withheld.casework === 0 && withheld.confidential === 0) return null;
  return lang.join(
    lang.languages.map((language) => sentence(withheld, language)),
    ' ',
  );
}
