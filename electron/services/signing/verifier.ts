import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import type { CertificateInfo, SignatureReport, VerificationReport } from '../../../shared/domain/signing';
import { emptyTrust, type TrustAnchors } from '../../../shared/domain/trust';
import { colonHex } from './certificate';
import { parseSignedData } from './cms-parse';
import { findSignatures, type FoundSignature } from './pdf-signature-fields';
import { additionsAfter, revisionsIn } from './revisions';
import { standingOf } from './signer-trust';

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
const additionWords = { annotations: 'annotations', signature: 'a further signature', content: 'changed content' } as const;

function checkOne(pdf: Buffer, found: FoundSignature, trust: TrustAnchors, now: Date): SignatureReport {
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
    coversWholeDocument: signedEnd === pdf.length,
    knownAs: null,
    nameClash: null,
    revision: { signed: revisionsIn(pdf, signedEnd), total: revisionsIn(pdf) },
    additions: [],
    message: '',
  };
  if (!found.contentsStrict) {
    return { ...base, message: 'The signature is damaged: the bytes that hold it have been altered, so it cannot be trusted.' };
  }
  const parsed = parseSignedData(found.cms);
  if (!parsed.ok) {
    return parsed.problem === 'damaged'
      ? { ...base, message: `The signature is damaged (${parsed.detail}), so it cannot be trusted.` }
      : { ...base, verdict: 'unsupported', message: `This signature uses a form Casebook cannot check: ${parsed.detail}.` };
  }
  const cms = parsed.value;
  if (!cms.signer) {
    return { ...base, verdict: 'unsupported', message: 'This signature uses a form Casebook cannot check: the file does not carry the signer’s certificate.' };
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

  const digest = createHash(cms.digest).update(pdf.subarray(start, start + firstLength)).update(pdf.subarray(secondStart, signedEnd)).digest();
  const digestMatches = cms.messageDigest !== null && cms.messageDigest.equals(digest);
  let signatureMatches: boolean;
  try {
    const key = x509.publicKey;
    signatureMatches = key.asymmetricKeyType === cms.signatureKey && verifySignature(cms.signatureHash, cms.signedAttributes, key, cms.signature);
  } catch {
    signatureMatches = false;
  }
  const report = { ...known, digestMatches, signatureMatches };
  if (!signatureMatches) {
    return { ...report, message: 'The signature is damaged or forged: its value does not match the signer’s certificate.' };
  }
  if (!digestMatches) {
    return { ...report, verdict: 'modified', message: `Changed after signing: the signed content (revision ${base.revision.signed}) no longer matches what ${signerName} signed.` };
  }
  const signedAt = found.signedAt ? new Date(found.signedAt) : now;
  const standing = standingOf(cms.signer, cms.certificates, signedAt, trust);
  const who = { knownAs: standing.knownAs, nameClash: standing.nameClash };
  if (standing.problem) return { ...report, ...who, verdict: 'certificate_invalid', message: standing.problem };
  if (standing.revoked) {
    return { ...report, ...who, verdict: 'revoked', message: `The certificate of ${signerName} has been revoked by the regional certificate authority: do not rely on this signature.` };
  }
  const identity = standing.knownAs
    ? `Signed by ${signerName} (${standing.knownAs === signerName ? 'a known signer' : standing.knownAs})`
    : `Signed by a certificate this workspace does not know, in the name of ${signerName} (fingerprint ${certificate.fingerprint})`;
  const clash = standing.nameClash ? ` This is not the certificate ${standing.nameClash} uses.` : '';
  if (!report.coversWholeDocument) {
    const additions = additionsAfter(pdf, signedEnd);
    const list = additions.length ? additions.map((a) => additionWords[a]).join(', ') : 'nothing Casebook can name';
    return {
      ...report,
      ...who,
      verdict: 'added_after',
      additions,
      message: `${identity}. Revision ${base.revision.signed} of ${base.revision.total} was signed and is unchanged; later revisions added ${list}.${clash}`,
    };
  }
  if (!standing.knownAs) return { ...report, ...who, verdict: 'unknown_signer', message: `${identity}. Nothing changed since it was signed.${clash}` };
  return { ...report, ...who, verdict: 'known', message: `${identity}; nothing has changed since it was signed.` };
}

/** Checks every signature in a PDF: who signed, when, with which certificate, whether it changed since, and whether we know the signer. */
export function verifyPdf(pdf: Buffer, fileName: string, trust: TrustAnchors = emptyTrust, now: Date = new Date()): VerificationReport {
  return {
    fileName,
    sha256: createHash('sha256').update(pdf).digest('hex'),
    byteLength: pdf.length,
    // Real documents carry a handful of signatures; a file with hundreds is built to stall a reader.
    signatures: findSignatures(pdf, MAX_SIGNATURES).map((found) => checkOne(pdf, found, trust, now)),
  };
}

/** The cryptography holds and nothing was added: what Casebook checks on every file it signs. */
export const signatureSound = (s: SignatureReport | undefined) => s !== undefined && s.signatureMatches && s.digestMatches && s.coversWholeDocument && (s.verdict === 'known' || s.verdict === 'unknown_signer');
