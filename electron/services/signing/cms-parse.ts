import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './cms';

/** The digest algorithms Casebook checks, by OID. SHA-1 is read but reported as too weak. */
export const digestNames: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  [OID.sha256]: 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** Signature algorithms by OID: the key type they need and, for ECDSA/RSA-with-hash, their hash. */
export const signatureAlgorithms: Record<string, { key: 'rsa' | 'ec' | 'ed25519'; hash?: string }> = {
  [OID.rsaEncryption]: { key: 'rsa' },
  '1.2.840.113549.1.1.11': { key: 'rsa', hash: 'sha256' },
  '1.2.840.113549.1.1.12': { key: 'rsa', hash: 'sha384' },
  '1.2.840.113549.1.1.13': { key: 'rsa', hash: 'sha512' },
  '1.2.840.10045.2.1': { key: 'ec' },
  '1.2.840.10045.4.3.2': { key: 'ec', hash: 'sha256' },
  '1.2.840.10045.4.3.3': { key: 'ec', hash: 'sha384' },
  '1.2.840.10045.4.3.4': { key: 'ec', hash: 'sha512' },
  '1.3.101.112': { key: 'ed25519' },
};

export interface ParsedSignerInfo {
  /** Every certificate the CMS carries, DER. */
  certificates: Buffer[];
  /** The certificate the SignerIdentifier names, or null when the file does not carry it. */
  signer: Buffer | null;
  /** Hash of the signed byte ranges (the digest algorithm). */
  digest: string;
  /** Hash the signature algorithm applies to the signed attributes; null for Ed25519, which hashes itself. */
  signatureHash: string | null;
  signatureKey: 'rsa' | 'ec' | 'ed25519';
  /** The signed attributes as the signature covers them: DER, tagged as a SET. */
  signedAttributes: Buffer;
  messageDigest: Buffer | null;
  signature: Buffer;
  /** The certificate hash the signer bound with ESS signing-certificate(-v2); null when the CMS has none. */
  boundCertificate: { digest: string; hash: Buffer } | null;
  /** The signing time the CMS itself claims (a signed attribute), when present. */
  claimedTime: Date | null;
  /** CRLs (DER) the signature carries: adbe-revocationInfoArchival and the SignedData's own crls. Each proves itself by its issuer's signature. */
  crls: Buffer[];
  /** An RFC 3161 timestamp token over the signature value (unsigned attribute), DER; null when none. */
  timeStampToken: Buffer | null;
}

const SIGNATURE_TIME_STAMP = '1.2.840.113549.1.9.16.2.14';

function embeddedCrlsOf(signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo): Buffer[] {
  const out: Buffer[] = [];
  for (const c of signedData.crls ?? []) if (c instanceof pkijs.CertificateRevocationList) out.push(Buffer.from(c.toSchema().toBER(false)));
  const archival = signerInfo.signedAttrs?.attributes.find((a) => a.type === OID.adbeRevocationInfoArchival)?.values[0];
  // RevocationInfoArchival ::= SEQUENCE { crl [0] EXPLICIT SEQUENCE OF CRL OPTIONAL, ocsp [1] ..., otherRevInfo [2] ... }
  if (archival instanceof asn1js.Sequence) {
    const tagged = archival.valueBlock.value.find((v) => v.idBlock.tagClass === 3 && v.idBlock.tagNumber === 0) as
      asn1js.Constructed | undefined;
    const list = tagged?.valueBlock.value[0];
    if (list instanceof asn1js.Sequence) for (const crl of list.valueBlock.value) out.push(Buffer.from(crl.toBER(false)));
  }
  return out;
}

function timeStampTokenOf(signerInfo: pkijs.SignerInfo): Buffer | null {
  const value = signerInfo.unsignedAttrs?.attributes.find((a) => a.type === SIGNATURE_TIME_STAMP)?.values[0];
  return value ? Buffer.from(value.toBER(false)) : null;
}

const ESS_V1 = '1.2.840.113549.1.9.16.2.12';

/**
 * The first ESSCertID(v2) of a signing-certificate attribute (RFC 2634, RFC 5035): the hash of
 * the certificate the signer meant. v2's hash algorithm defaults to SHA-256; v1's is SHA-1.
 */
export function boundCertificateOf(signerInfo: pkijs.SignerInfo): { digest: string; hash: Buffer } | null | 'damaged' {
  const attrs = signerInfo.signedAttrs?.attributes ?? [];
  const attr = attrs.find((a) => a.type === OID.signingCertificateV2) ?? attrs.find((a) => a.type === ESS_V1);
  if (!attr) return null;
  try {
    const certs = (attr.values[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence;
    const first = certs.valueBlock.value[0] as asn1js.Sequence;
    const [a, b] = first.valueBlock.value;
    if (attr.type === ESS_V1)
      return a instanceof asn1js.OctetString ? { digest: 'sha1', hash: Buffer.from(a.valueBlock.valueHexView) } : 'damaged';
    if (a instanceof asn1js.OctetString) return { digest: 'sha256', hash: Buffer.from(a.valueBlock.valueHexView) };
    const algorithm = new pkijs.AlgorithmIdentifier({ schema: a });
    const digest = digestNames[algorithm.algorithmId];
    return digest && b instanceof asn1js.OctetString ? { digest, hash: Buffer.from(b.valueBlock.valueHexView) } : 'damaged';
  } catch {
    return 'damaged';
  }
}

function claimedTimeOf(signerInfo: pkijs.SignerInfo): Date | null {
  const value = signerInfo.signedAttrs?.attributes.find((a) => a.type === OID.signingTime)?.values[0];
  return value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime ? value.toDate() : null;
}

export type CmsParse = { ok: true; value: ParsedSignerInfo } | { ok: false; problem: 'damaged' | 'unsupported'; detail: string };

/** Absent or NULL, as every profile writes them; anything else is a changed file. */
const plainParams = (a: pkijs.AlgorithmIdentifier) =>
  a.algorithmParams === undefined || a.algorithmParams instanceof asn1js.Null || a.algorithmParams.constructor === asn1js.Any;

/**
 * Parts of a SignedData the signature does not cover must still hold the values the standard
 * allows, so a changed byte there is damage and not a silent pass.
 */
function unsignedPartsProblem(signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo): string | null {
  if (![1, 3, 4, 5].includes(signedData.version) || ![1, 3].includes(signerInfo.version))
    return 'its version numbers are not ones CMS allows';
  if (!signedData.digestAlgorithms.every(plainParams) || !plainParams(signerInfo.digestAlgorithm))
    return 'its algorithm parameters were altered';
  if (!signedData.digestAlgorithms.some((a) => a.algorithmId === signerInfo.digestAlgorithm.algorithmId))
    return 'its list of digest algorithms does not include the signer’s';
  if (signerInfo.signatureAlgorithm.algorithmId.startsWith('1.2.840.113549.1.1.') && !plainParams(signerInfo.signatureAlgorithm))
    return 'its algorithm parameters were altered';
  const contentType = signerInfo.signedAttrs?.attributes.find((a) => a.type === OID.contentType)?.values[0];
  const signedType = contentType instanceof asn1js.ObjectIdentifier ? contentType.valueBlock.toString() : null;
  if (signedType !== signedData.encapContentInfo.eContentType) return 'its content type does not match the signed one';
  if (signedData.encapContentInfo.eContent) return 'it carries content inside a detached signature';
  return null;
}

const der = (cert: pkijs.Certificate) => Buffer.from(cert.toSchema().toBER(false));

/** Finds the signer's certificate by the SignerIdentifier: issuer and serial, or subject key identifier. */
export function findSigner(sid: unknown, certs: pkijs.Certificate[]): pkijs.Certificate | null {
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certs.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)) ?? null;
  }
  if (sid instanceof asn1js.Primitive || sid instanceof asn1js.Constructed) {
    const wanted = Buffer.from(sid instanceof asn1js.Primitive ? sid.valueBlock.valueHexView : sid.valueBeforeDecodeView.slice(2));
    return (
      certs.find((c) => {
        const ski = c.extensions?.find((e) => e.extnID === '2.5.29.14')?.parsedValue as asn1js.OctetString | undefined;
        return ski !== undefined && Buffer.from(ski.valueBlock.valueHexView).equals(wanted);
      }) ?? null
    );
  }
  return null;
}

/** Reads a detached CMS SignedData and its one SignerInfo, telling damage apart from forms we do not check. */
export function parseSignedData(cms: Buffer): CmsParse {
  let signedData: pkijs.SignedData;
  try {
    const asn = asn1js.fromBER(new Uint8Array(cms));
    if (asn.offset === -1 || asn.offset !== cms.length) return { ok: false, problem: 'damaged', detail: 'its data is not well-formed' };
    const info = new pkijs.ContentInfo({ schema: asn.result });
    if (info.contentType !== OID.signedData)
      return { ok: false, problem: 'unsupported', detail: `content type ${info.contentType}, not CMS SignedData` };
    signedData = new pkijs.SignedData({ schema: info.content });
  } catch {
    return { ok: false, problem: 'damaged', detail: 'its data is not well-formed' };
  }
  if (signedData.signerInfos.length !== 1)
    return { ok: false, problem: 'unsupported', detail: `${signedData.signerInfos.length} signers in one signature` };
  const signerInfo = signedData.signerInfos[0];
  const certs = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const digest = digestNames[signerInfo.digestAlgorithm.algorithmId];
  if (!digest) return { ok: false, problem: 'unsupported', detail: `the digest algorithm ${signerInfo.digestAlgorithm.algorithmId}` };
  if (digest === 'sha1') return { ok: false, problem: 'unsupported', detail: 'SHA-1, which is too weak to rely on' };
  const algorithm = signatureAlgorithms[signerInfo.signatureAlgorithm.algorithmId];
  if (!algorithm) {
    const id = signerInfo.signatureAlgorithm.algorithmId;
    return {
      ok: false,
      problem: 'unsupported',
      detail: id === '1.2.840.113549.1.1.10' ? 'RSA-PSS signatures' : `the signature algorithm ${id}`,
    };
  }
  if (!signerInfo.signedAttrs || signerInfo.signedAttrs.encodedValue.byteLength === 0) {
    return { ok: false, problem: 'unsupported', detail: 'a signature without signed attributes' };
  }
  const damage = unsignedPartsProblem(signedData, signerInfo);
  if (damage) return { ok: false, problem: 'damaged', detail: damage };
  const signer = findSigner(signerInfo.sid, certs);
  const boundCertificate = boundCertificateOf(signerInfo);
  if (boundCertificate === 'damaged') return { ok: false, problem: 'damaged', detail: 'its signing-certificate attribute cannot be read' };
  const digestAttr = signerInfo.signedAttrs.attributes.find((a) => a.type === OID.messageDigest)?.values[0];
  return {
    ok: true,
    value: {
      certificates: certs.map(der),
      signer: signer ? der(signer) : null,
      digest,
      signatureHash: algorithm.key === 'ed25519' ? null : (algorithm.hash ?? digest),
      signatureKey: algorithm.key,
      signedAttributes: Buffer.from(signerInfo.signedAttrs.encodedValue),
      messageDigest: digestAttr instanceof asn1js.OctetString ? Buffer.from(digestAttr.valueBlock.valueHexView) : null,
      signature: Buffer.from(signerInfo.signature.valueBlock.valueHexView),
      boundCertificate,
      claimedTime: claimedTimeOf(signerInfo),
      crls: embeddedCrlsOf(signedData, signerInfo),
      timeStampToken: timeStampTokenOf(signerInfo),
    },
  };
}
