import type { WithheldCounts } from '../../../../shared/domain/confidential';
import type { DocLang } from '../lang';

/**
 * "2 items kept for union casework and 1 confidential item (not shown).", in the export's
 * languages; null when nothing was held back. The same facts as confidential.ts's withheldSentence.
 */
export function withheldText(withheld: WithheldCounts, lang: DocLang): string | null {
  if (withheld.casework === 0 && withheld.confidential === 0) return null;
  const key = withheld.casework > 0 && withheld.confidential > 0 ? 'both' : withheld.casework > 0 ? 'casework' : 'confidential';
  return lang.t(`withheld.${key}`, { casework: withheld.casework, confidential: withheld.confidential, count: withheld.casework || withheld.confidential }, ' ');
}
