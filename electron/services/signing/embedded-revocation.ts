import type { X509Certificate } from 'node:crypto';
import { normaliseSerial } from '../../../shared/domain/trust';
import { crlIssuedBy, crlNamesIssuer, type ReadCrl } from './crl';

/*
 * Revocation lists a PDF carries inside its signatures (adbe-revocationInfoArchival, or the
 * SignedData's crls): any signer may embed one, so a list counts only when the CA's own key
 * verifies it. A revocation in an authentic list is real whichever signature carried it.
 */

/** A list dated further ahead than this is not clock drift. */
const FUTURE_SLACK_MS = 10 * 60_000;

export interface EmbeddedRevocation {
  /** The newest authentic list of this CA in the file; null when the file carries none. */
  newest: ReadCrl | null;
  /** Serial → earliest revocation date over every authentic list of this CA. */
  revoked: Map<string, string>;
  /** The file carries a list in this CA's name that its key does not verify, or dated in the future: ignored. */
  rejected: boolean;
}

export function embeddedRevocationOf(ca: X509Certificate, lists: ReadCrl[], now: Date): EmbeddedRevocation {
  const result: EmbeddedRevocation = { newest: null, revoked: new Map(), rejected: false };
  for (const list of lists) {
    if (!crlNamesIssuer(list, ca.raw)) continue;
    if (!crlIssuedBy(list, ca.raw) || new Date(list.thisUpdate).getTime() > now.getTime() + FUTURE_SLACK_MS) {
      result.rejected = true;
      continue;
    }
    if (!result.newest || list.thisUpdate > result.newest.thisUpdate) result.newest = list;
    for (const r of list.revoked) {
      const serial = normaliseSerial(r.serialNumber);
      const known = result.revoked.get(serial);
      if (!known || r.revokedAt < known) result.revoked.set(serial, r.revokedAt);
    }
  }
  return result;
}
