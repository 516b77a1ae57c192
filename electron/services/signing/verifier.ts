import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import type { CertificateInfo, SignatureReport, VerificationReport } from '../../../shared/domain/signing';
import { colonHex } from './certificate';
import { OID, toDer } from './cms';
import { findSignatures, type FoundSignature } from './pdf-signature-fields';

const { asn1 } = forge;
type Node = forge.asn1.Asn1;

const digestNames: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  [OID.sha256]: 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

const children = (node: Node) => (Array.isArray(node.value) ? node.value : []);
const bytesOf = (node: Node) => Buffer.from(typeof node.value === 'string' ? node.value : '', 'binary');
const oidOf = (node: Node) => asn1.derToOid(typeof node.value === 'string' ? node.value : '');
const isContext = (node: Node, tag: number) => node.tagClass === asn1.Class.CONTEXT_SPECIFIC && node.type === tag;

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

interface ParsedCms {
  certificates: X509Certificate[];
  digestAlgorithm: string;
  signedAttributes: Node[] | null;
  signature: Buffer;
  issuerAndSerialDer: Buffer | null;
}

function parseCms(cms: Buffer): ParsedCms {
  const root = asn1.fromDer(forge.util.createBuffer(cms.toString('binary')), false);
  const [contentType, wrapped] = children(root);
  if (oidOf(contentType) !== OID.signedData) throw new Error('not SignedData');
  const signedData = children(children(wrapped)[0]);
  const certsNode = signedData.find((n) => isContext(n, 0));
  const certificates = certsNode
    ? children(certsNode).flatMap((c) => {
        try {
          return [new X509Certificate(toDer(c))];
        } catch {
          return [];
        }
      })
    : [];
  const signerInfo = children(signedData[signedData.length - 1])[0];
  const parts = children(signerInfo);
  const attrsNode = parts.find((n) => isContext(n, 0));
  const digestAlgorithm = digestNames[oidOf(children(parts[2])[0])] ?? 'unknown';
  return {
    certificates,
    digestAlgorithm,
    signedAttributes: attrsNode ? children(attrsNode) : null,
    signature: bytesOf(parts[parts.length - 1]),
    issuerAndSerialDer: parts[1].type === asn1.Type.SEQUENCE ? toDer(parts[1]) : null,
  };
}

function attributeValue(attributes: Node[], type: string): Node | null {
  const found = attributes.find((a) => oidOf(children(a)[0]) === type);
  return found ? children(children(found)[1])[0] : null;
}

function signerCertificate(parsed: ParsedCms): X509Certificate | null {
  if (parsed.issuerAndSerialDer) {
    const sid = asn1.fromDer(forge.util.createBuffer(parsed.issuerAndSerialDer.toString('binary')));
    const serial = bytesOf(children(sid)[1]).toString('hex').replace(/^0+/, '').toUpperCase();
    const match = parsed.certificates.find((c) => c.serialNumber.replace(/^0+/, '').toUpperCase() === serial);
    if (match) return match;
  }
  return parsed.certificates[0] ?? null;
}

function checkOne(pdf: Buffer, found: FoundSignature): SignatureReport {
  const [start, firstLength, secondStart, secondLength] = found.byteRange;
  const base: SignatureReport = {
    verdict: 'invalid',
    signerName: found.name,
    signedAt: found.signedAt,
    reason: found.reason,
    subFilter: found.subFilter,
    certificate: null,
    digestMatches: false,
    signatureMatches: false,
    coversWholeDocument: secondStart + secondLength === pdf.length,
    message: '',
  };
  let parsed: ParsedCms;
  try {
    parsed = parseCms(found.cms);
  } catch {
    return { ...base, message: 'The signature data is damaged or in a form Casebook cannot read, so this signature cannot be trusted.' };
  }
  const cert = signerCertificate(parsed);
  const certificate = cert ? describe(cert) : null;
  const signerName = certificate?.commonName || found.name;
  if (!parsed.signedAttributes || parsed.digestAlgorithm === 'unknown' || !cert) {
    return { ...base, signerName, certificate, message: 'This signature uses a form Casebook cannot check (no signed attributes or an unknown digest).' };
  }
  const digest = createHash(parsed.digestAlgorithm)
    .update(pdf.subarray(start, start + firstLength))
    .update(pdf.subarray(secondStart, secondStart + secondLength))
    .digest();
  const signedDigest = attributeValue(parsed.signedAttributes, OID.messageDigest);
  const digestMatches = signedDigest !== null && bytesOf(signedDigest).equals(digest);
  // The signature covers the attributes DER-encoded as a SET (tag 0x31), not as [0].
  const attributesDer = toDer(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, parsed.signedAttributes));
  let signatureMatches: boolean;
  try {
    signatureMatches = verifySignature(parsed.digestAlgorithm, attributesDer, cert.publicKey, parsed.signature);
  } catch {
    signatureMatches = false;
  }
  const report = { ...base, signerName, certificate, digestMatches, signatureMatches };
  if (!signatureMatches) {
    return { ...report, verdict: 'invalid', message: 'The signature does not match the signer’s certificate: it is not a valid signature.' };
  }
  if (!digestMatches) {
    return { ...report, verdict: 'modified', message: 'The document was modified after signing: its content no longer matches what was signed.' };
  }
  if (!report.coversWholeDocument) {
    return { ...report, verdict: 'modified', message: 'The signed part is intact, but content was added to the file after it was signed.' };
  }
  return { ...report, verdict: 'valid', message: `Signed by ${signerName}; nothing has changed since it was signed.` };
}

/** Checks every signature in a PDF: who signed, when, with which certificate, and whether it changed since. */
export function verifyPdf(pdf: Buffer, fileName: string): VerificationReport {
  return {
    fileName,
    sha256: createHash('sha256').update(pdf).digest('hex'),
    byteLength: pdf.length,
    signatures: findSignatures(pdf).map((found) => checkOne(pdf, found)),
  };
}
