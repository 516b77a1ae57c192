import { docText, type DocumentLanguage } from '../../../../shared/i18n/documents';
import { samePerson } from '../statements/statement';

/**
 * The role printed under the exporter's signature: the recorded role ("Peer assessor",
 * "Facilitator") only when the signer is the person the record names for it; otherwise
 * "On behalf of <the recorded people>", or no role when the record names nobody.
 */
export function issuerRole(
  recordedPeople: readonly string[],
  signer: string,
  role: 'assessor' | 'facilitator',
  language: DocumentLanguage = 'en',
): string {
  const people = recordedPeople.map((p) => p.trim()).filter((p) => p.length > 0);
  if (people.some((p) => samePerson(p, signer))) return docText(language, `common.roles.${role}`);
  if (people.length === 0) return '';
  return docText(language, 'statements.signerOnBehalf', { names: people.join(', ') });
}
