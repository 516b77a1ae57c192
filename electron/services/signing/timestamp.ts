import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { TrustAnchors } from '../../../shared/domain/trust';
import { OID } from './cms';
import { boundCertificateOf, digestNames, findSigner, signatureAlgorithms } from './cms-parse';
import { standingOf } from './signer-trust';

/*
 * RFC 3161 timestamps that signatures made elsewhere carry (the unsigned attribute
 * id-aa-signatureTimeStampToken, RFC 3161 appendix A): a timestamp authority signed that the
 * signature value existed at genTime. Casebook makes none (it works offline) but uses one it finds.
 */

const TST_INFO = '1.2.840.113549.1.9.16.1.4';
const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';

export type TimestampProblem = 'imprint' | 'signature' | 'certificate' | 'unreadable';
export type TimestampCheck = { ok: true; genTime: Date; authority: string; trusted: boolean } | { ok: false; problem: TimestampProblem };

const bytes = (view: ArrayBuffer | Uint8Array) => Buffer.from(view instanceof Uint8Array ? view : new Uint8Array(view));

/** An OCTET STRING's content, also when BER splits it into pieces. */
function octets(value: asn1js.OctetString): Buffer {
  if (!value.idBlock.isConstructed) return bytes(value.valueBlock.valueHexView);
  return Buffer.concat(value.valueBlock.value.map((v) => octets(v as asn1js.OctetString)));
}

function timeStampingOnly(cert: pkijs.Certificate): boolean {
  const eku = cert.extensions?.find((e) => e.extnID === '2.5.29.37')?.parsedValue as pkijs.ExtKeyUsage | undefined;
  return eku?.keyPurposes.includes(TIME_STAMPING) ?? false;
}

/** Checks a timestamp token against the signature value it should cover, and whether the workspace trusts its authority. */
export function checkTimestamp(token: Buffer, signatureValue: Buffer, trust: TrustAnchors): TimestampCheck {
  let signedData: pkijs.SignedData;
  let tst: pkijs.TSTInfo;
  let content: Buffer;
  try {
    const info = new pkijs.ContentInfo({ schema: asn1js.fromBER(new Uint8Array(token)).result });
    if (info.contentType !== OID.signedData) return { ok: false, problem: 'unreadable' };
    signedData = new pkijs.SignedData({ schema: info.content });
    const eContent = signedData.encapContentInfo.eContent;
    if (signedData.encapContentInfo.eContentType !== TST_INFO || !eContent || signedData.signerInfos.length !== 1)
      return { ok: false, problem: 'unreadable' };
    content = octets(eContent);
    tst = new pkijs.TSTInfo({ schema: asn1js.fromBER(new Uint8Array(content)).result });
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  // The imprint: the hash of this signature's value, so the token cannot be moved to another signature.
  const imprintHash = digestNames[tst.messageImprint.hashAlgorithm.algorithmId];
  if (!imprintHash || imprintHash === 'sha1') return { ok: false, problem: 'imprint' };
  if (!createHash(imprintHash).update(signatureValue).digest().equals(bytes(tst.messageImprint.hashedMessage.valueBlock.valueHexView))) {
    return { ok: false, problem: 'imprint' };
  }
  const signerInfo = signedData.signerInfos[0];
  const certs = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const tsa = findSigner(signerInfo.sid, certs);
  const digest = digestNames[signerInfo.digestAlgorithm.algorithmId];
  const algorithm = signatureAlgorithms[signerInfo.signatureAlgorithm.algorithmId];
  const attrs = signerInfo.signedAttrs;
  if (!tsa || !digest || digest === 'sha1' || !algorithm || !attrs) return { ok: false, problem: 'signature' };
  const tsaDer = Buffer.from(tsa.toSchema().toBER(false));
  const messageDigest = attrs.attributes.find((a) => a.type === OID.messageDigest)?.values[0];
  const contentType = attrs.attributes.find((a) => a.type === OID.contentType)?.values[0];
  const bound = boundCertificateOf(signerInfo);
  try {
    const x509 = new X509Certificate(tsaDer);
    const sound =
      messageDigest instanceof asn1js.OctetString &&
      createHash(digest).update(content).digest().equals(bytes(messageDigest.valueBlock.valueHexView)) &&
      contentType instanceof asn1js.ObjectIdentifier &&
      contentType.valueBlock.toString() === TST_INFO &&
      bound !== 'damaged' &&
      (bound === null || createHash(bound.digest).update(tsaDer).digest().equals(bound.hash)) &&
      x509.publicKey.asymmetricKeyType === algorithm.key &&
      verifySignature(
        algorithm.key === 'ed25519' ? null : (algorithm.hash ?? digest),
        bytes(attrs.encodedValue),
        x509.publicKey,
        bytes(signerInfo.signature.valueBlock.valueHexView),
      );
    if (!sound) return { ok: false, problem: 'signature' };
  } catch {
    return { ok: false, problem: 'signature' };
  }
  const genTime = tst.genTime;
  const standing = standingOf(
    tsaDer,
    certs.map((c) => Buffer.from(c.toSchema().toBER(false))),
    genTime,
    trust,
  );
  if (!timeStampingOnly(tsa) || standing.problem) return { ok: false, problem: 'certificate' };
  const cn = tsa.subject.typesAndValues.find((t) => t.type === '2.5.4.3')?.value.valueBlock.value;
  return { ok: true, genTime, authority: String(cn ?? 'a timestamp authority'), trusted: standing.knownAs !== null && !standing.revoked };
}
