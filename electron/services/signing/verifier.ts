import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import type { CertificateInfo, SignatureNote, SignatureReport, VerificationReport } from '../../../shared/domain/signing';
import { emptyTrust, type TrustAnchors } from '../../../shared/domain/trust';
import { colonHex } from './certificate';
import { parseSignedData, type CmsParse } from './cms-parse';
import { readCrl, type ReadCrl } from './crl';
import { findSignatures, type FoundSignature } from './pdf-signature-fields';
import { ObjectCache } from './pdf-revision-state';
import { changesAfter } from './revision-diff';
import { standingOf, type SignerStanding } from './signer-trust';
import { checkTimestamp, type TimestampCheck } from './timestamp';

function describe(x509: X509Certificate): CertificateInfo {
  const dn = (text: string) => text.split('\n').filter(Boolean).join(', ');
  const cn = /(?:^|\n)CN=([^\n]*)/.exec(x509.subject)?.[1] ?? '';
  const email = /(?:^|\n)emailAddress=([^\n]*)/.exec(x509.subject)?.[1] ?? '';
  return {
    subject: dn(x509.subject),
    issuer: dn(x509.issuer),
    commonName: cn,
    email,
    serialNumber: x509.serialNumber.toUpperCase(),
    fingerprint: colonHex(x509.fingerprint256.replace(/:/g, '')),
    validFrom: new Date(x509.validFrom).toISOString(),
    validTo: new Date(x509.validTo).toISOString(),
    selfIssued: x509.subject === x509.issuer,
  };
}

const MAX_SIGNATURES = 50;

/** Additions in plain words, for the message. */
const additionWords: Record<SignatureReport['additions'][number], string> = {
  annotations: 'annotations',
  form_fill: 'form entries',
  signature: 'a further signature',
  signature_field: 'an empty signature field',
  dss: 'revocation data for the signatures',
  content: 'changed content',
  unreadable: 'data Casebook cannot read',
};
/** A signing time further ahead than this is not clock drift. */
const FUTURE_SLACK_MS = 10 * 60_000;

/** What every signature is checked against: the trust, today, the file's revisions and the revocation lists the file carries. */
interface FileContext {
  trust: TrustAnchors;
  now: Date;
  cache: ObjectCache;
  eofs: number[];
  lists: ReadCrl[];
}

function checkOne(pdf: Buffer, found: FoundSignature, parsed: CmsParse, { trust, now, cache, eofs, lists }: FileContext): SignatureReport {
  const [start, firstLength, secondStart, secondLength] = found.byteRange;
  const signedEnd = secondStart + secondLength;
  const base: SignatureReport = {
    verdict: 'damaged',
    signerName: found.name,
    signedAt: found.signedAt,
    reason: found.reason,
    subFilter: found.subFilter,
    certificate: null,
    certificateDer: null,
    digestMatches: false,
    signatureMatches: false,
    // Blank lines after the last %%EOF are not a revision; anything else after the signed part is.
    coversWholeDocument:
      signedEnd === pdf.length || (pdf.length - signedEnd < 64 && /^[\r\n\t ]*$/.test(pdf.toString('latin1', signedEnd))),
    knownAs: null,
    nameClash: null,
    revision: { signed: Math.max(1, eofs.filter((at) => at < signedEnd).length), total: Math.max(1, eofs.length) },
    additions: [],
    notes: [],
    message: '',
  };
  if (found.rangeProblem) {
    return { ...base, message: `The signature is damaged: ${found.rangeProblem}, so it cannot be trusted.` };
  }
  if (!found.contentsStrict) {
    return { ...base, message: 'The signature is damaged: the bytes that hold it have been altered, so it cannot be trusted.' };
  }
  if (!parsed.ok) {
    return parsed.problem === 'damaged'
      ? { ...base, message: `The signature is damaged (${parsed.detail}), so it cannot be trusted.` }
      : { ...base, verdict: 'unsupported', message: `This signature uses a form Casebook cannot check: ${parsed.detail}.` };
  }
  const cms = parsed.value;
  if (!cms.signer) {
    return {
      ...base,
      verdict: 'unsupported',
      message: 'This signature uses a form Casebook cannot check: the file does not carry the signer’s certificate.',
    };
  }
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cms.signer);
  } catch {
    return { ...base, message: 'The signature is damaged: the signer’s certificate cannot be read.' };
  }
  const certificate = describe(x509);
  const signerName = certificate.commonName || found.name;
  const known = { ...base, signerName, certificate, certificateDer: cms.signer.toString('base64') };

  const digest = createHash(cms.digest)
    .update(pdf.subarray(start, start + firstLength))
    .update(pdf.subarray(secondStart, signedEnd))
    .digest();
  const digestMatches = cms.messageDigest !== null && cms.messageDigest.equals(digest);
  let signatureMatches: boolean;
  try {
    const key = x509.publicKey;
    signatureMatches =
      key.asymmetricKeyType === cms.signatureKey && verifySignature(cms.signatureHash, cms.signedAttributes, key, cms.signature);
  } catch {
    signatureMatches = false;
  }
  const report = { ...known, digestMatches, signatureMatches };
  if (!signatureMatches) {
    return { ...report, message: 'The signature is damaged or forged: its value does not match the signer’s certificate.' };
  }
  // The certificate carried must be the one the signer named in the signed attributes; another
  // certificate with the same key (a rewritten name, say) is not who signed.
  const bound = cms.boundCertificate;
  if (bound && !createHash(bound.digest).update(cms.signer).digest().equals(bound.hash)) {
    return {
      ...report,
      signatureMatches: false,
      message: 'The signature is damaged or forged: the certificate in the file is not the one the signer signed with.',
    };
  }
  if (!bound && found.subFilter === 'ETSI.CAdES.detached') {
    return {
      ...report,
      signatureMatches: false,
      message: 'The signature is damaged: a PAdES signature must name its certificate (signing-certificate-v2), and this one does not.',
    };
  }
  if (!digestMatches) {
    return {
      ...report,
      verdict: 'modified',
      message: `Changed after signing: the signed content (revision ${base.revision.signed}) no longer matches what ${signerName} signed.`,
    };
  }
  const claimed = found.signedAt ?? cms.claimedTime?.toISOString() ?? null;
  // A timestamp from an authority the workspace trusts replaces the signer's own claim.
  const stamp = cms.timeStampToken ? checkTimestamp(cms.timeStampToken, cms.signature, trust) : null;
  const stamped = stamp?.ok && stamp.trusted ? stamp.genTime.toISOString() : null;
  const time = stamped ?? claimed;
  const signedAt = time ? new Date(time) : now;
  const standing = standingOf(cms.signer, cms.certificates, signedAt, trust, lists, now);
  const notes = [...timeNotes(claimed, stamp, now), ...notesFor(certificate, standing, now)];
  const who = { knownAs: standing.knownAs, nameClash: standing.nameClash, signedAt: time, notes };
  if (standing.problem) return { ...report, ...who, verdict: 'certificate_invalid', message: standing.problem };
  if (standing.revoked) {
    const source = standing.revokedByEmbedded ? ' (in the revocation list this file carries)' : '';
    return {
      ...report,
      ...who,
      verdict: 'revoked',
      message: `The certificate of ${signerName} has been revoked by the regional certificate authority${source}: do not rely on this signature.`,
    };
  }
  const identity = standing.knownAs
    ? `Signed by ${signerName} (${standing.knownAs === signerName ? 'a known signer' : standing.knownAs})`
    : `Signed by a certificate this workspace does not know, in the name of ${signerName} (fingerprint ${certificate.fingerprint})`;
  const clash = standing.nameClash ? ` This is not the certificate ${standing.nameClash} uses.` : '';
  if (!report.coversWholeDocument) {
    const additions = changesAfter(cache, signedEnd);
    const list = additions.length ? additions.map((a) => additionWords[a]).join(', ') : 'nothing a reader sees';
    return {
      ...report,
      ...who,
      verdict: 'added_after',
      additions,
      message: `${identity}. Revision ${base.revision.signed} of ${base.revision.total} was signed and is unchanged; later revisions added ${list}.${clash}`,
    };
  }
  if (!standing.knownAs)
    return { ...report, ...who, verdict: 'unknown_signer', message: `${identity}. Nothing changed since it was signed.${clash}` };
  return { ...report, ...who, verdict: 'known', message: `${identity}; nothing has changed since it was signed.` };
}

/** What the time means: from a trusted timestamp, or claimed by the signer (perhaps in the future); a timestamp not used and why. */
function timeNotes(claimed: string | null, stamp: TimestampCheck | null, now: Date): SignatureNote[] {
  const trusted = stamp?.ok && stamp.trusted ? stamp : null;
  const time = trusted ? trusted.genTime.toISOString() : claimed;
  const notes: SignatureNote[] = [
    trusted ? { kind: 'time_stamped', date: time, detail: trusted.authority } : { kind: 'time_claimed', date: claimed },
  ];
  if (stamp?.ok && !stamp.trusted) notes.push({ kind: 'time_stamp_untrusted', date: stamp.genTime.toISOString(), detail: stamp.authority });
  if (stamp && !stamp.ok) notes.push({ kind: 'time_stamp_invalid', date: null, detail: stamp.problem });
  if (time && new Date(time).getTime() > now.getTime() + FUTURE_SLACK_MS) notes.push({ kind: 'time_in_future', date: time });
  return notes;
}

/** The certificate since expired or revoked; where the revocation check came from. */
function notesFor(certificate: CertificateInfo, standing: SignerStanding, now: Date): SignatureNote[] {
  const notes: SignatureNote[] = [];
  if (new Date(certificate.validTo) < now) notes.push({ kind: 'expired_since', date: certificate.validTo });
  if (standing.revokedAt) notes.push({ kind: 'revoked_after_signing', date: standing.revokedAt });
  if (standing.issuerUnchecked) notes.push({ kind: 'issuer_unchecked', date: null });
  const list = standing.embeddedList;
  if (list) notes.push({ kind: list.stale ? 'revocation_embedded_stale' : 'revocation_embedded', date: list.thisUpdate, detail: list.ca });
  if (standing.rejectedList) notes.push({ kind: 'revocation_list_rejected', date: null, detail: standing.rejectedList });
  return notes;
}

/** Checks every signature in a PDF: who signed, when, with which certificate, whether it changed since, and whether we know the signer. */
export function verifyPdf(pdf: Buffer, fileName: string, trust: TrustAnchors = emptyTrust, now: Date = new Date()): VerificationReport {
  // Revisions are counted by their %%EOF markers: an incremental update adds one.
  const eofs: number[] = [];
  for (let at = pdf.indexOf('%%EOF'); at >= 0; at = pdf.indexOf('%%EOF', at + 5)) eofs.push(at);
  // Real documents carry a handful of signatures; a file with hundreds is built to stall a reader.
  const found = findSignatures(pdf, MAX_SIGNATURES);
  const parsed = found.map((f) => parseSignedData(f.cms));
  // A later signature may carry a newer list than the one it follows: every signature's lists count for all.
  const seen = new Set<string>();
  const lists = parsed
    .flatMap((p) => (p.ok ? p.value.crls : []))
    .flatMap((der) => {
      const key = createHash('sha256').update(der).digest('hex');
      const read = seen.has(key) ? null : readCrl(der);
      seen.add(key);
      return read ? [read] : [];
    });
  const context: FileContext = { trust, now, cache: new ObjectCache(pdf), eofs, lists };
  return {
    fileName,
    sha256: createHash('sha256').update(pdf).digest('hex'),
    byteLength: pdf.length,
    signatures: found.map((f, i) => checkOne(pdf, f, parsed[i], context)),
  };
}

/**
 * The cryptography holds and nothing was added: what Casebook checks on every file it signs.
 * `revoked` counts: a member whose own imported list names her still writes a sound file (its
 * readers see the revocation from the list it carries).
 */
export const signatureSound = (s: SignatureReport | undefined) =>
  s !== undefined &&
  s.signatureMatches &&
  s.digestMatches &&
  s.coversWholeDocument &&
  (s.verdict === 'known' || s.verdict === 'unknown_signer' || s.verdict === 'revoked');
