import { sign as cryptoSign, verify as cryptoVerify, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { normaliseSerial } from '../../../shared/domain/trust';

/*
 * X.509 certificate revocation lists (RFC 5280 §5), so a revocation by the regional CA is
 * readable by every PDF reader, openssl and NSS, not only by Casebook.
 */

const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
const CRL_NUMBER = '2.5.29.20';
const AUTHORITY_KEY_ID = '2.5.29.35';
/** A member's Casebook should look for a newer list at least this often. */
export const CRL_VALID_DAYS = 30;

export interface RevokedEntry {
  serialNumber: string;
  revokedAt: string;
}

export interface ReadCrl {
  der: Buffer;
  crl: pkijs.CertificateRevocationList;
  thisUpdate: string;
  nextUpdate: string | null;
  number: number | null;
  revoked: RevokedEntry[];
}

const toArrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const parseCertificate = (der: Buffer) => new pkijs.Certificate({ schema: asn1js.fromBER(toArrayBuffer(der)).result });
const rsaSha256 = () => new pkijs.AlgorithmIdentifier({ algorithmId: SHA256_WITH_RSA, algorithmParams: new asn1js.Null() });

/** A serial number as the bytes of a positive INTEGER. */
function serialBytes(serial: string): Buffer {
  let hex = normaliseSerial(serial);
  if (hex.length % 2) hex = `0${hex}`;
  if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return Buffer.from(hex, 'hex');
}

/** The distribution point written into member certificates; Casebook resolves it offline from the imported lists. */
export const distributionPointFor = (caFingerprint: string) =>
  `http://crl.casebook.invalid/${caFingerprint.replace(/:/g, '').slice(0, 32).toLowerCase()}.crl`;

/** A CRL signed with the CA's RSA key (PEM), over the given revocations. */
export function buildCrl(input: { caDer: Buffer; caKeyPem: string; revoked: RevokedEntry[]; thisUpdate: Date; number: number }): Buffer {
  const ca = parseCertificate(input.caDer);
  const crl = new pkijs.CertificateRevocationList();
  crl.version = 1;
  crl.issuer = ca.subject;
  crl.thisUpdate = new pkijs.Time({ type: 0, value: input.thisUpdate });
  crl.nextUpdate = new pkijs.Time({ type: 0, value: new Date(input.thisUpdate.getTime() + CRL_VALID_DAYS * 86_400_000) });
  if (input.revoked.length > 0) {
    crl.revokedCertificates = input.revoked.map(
      (r) =>
        new pkijs.RevokedCertificate({
          userCertificate: new asn1js.Integer({ valueHex: toArrayBuffer(serialBytes(r.serialNumber)) }),
          revocationDate: new pkijs.Time({ type: 0, value: new Date(r.revokedAt) }),
        }),
    );
  }
  const ski = ca.extensions?.find((e) => e.extnID === '2.5.29.14')?.parsedValue as asn1js.OctetString | undefined;
  const extensions = [
    new pkijs.Extension({ extnID: CRL_NUMBER, critical: false, extnValue: new asn1js.Integer({ value: input.number }).toBER(false) }),
  ];
  if (ski) {
    const aki = new pkijs.AuthorityKeyIdentifier({
      keyIdentifier: new asn1js.OctetString({ valueHex: ski.valueBlock.valueHexView.slice().buffer }),
    });
    extensions.push(new pkijs.Extension({ extnID: AUTHORITY_KEY_ID, critical: false, extnValue: aki.toSchema().toBER(false) }));
  }
  crl.crlExtensions = new pkijs.Extensions({ extensions });
  crl.signature = rsaSha256();
  crl.signatureAlgorithm = rsaSha256();
  // pkijs signs only through WebCrypto (async); encode the TBS its own way and sign it here.
  crl.tbsView = new Uint8Array((crl as unknown as { encodeTBS(): asn1js.Sequence }).encodeTBS().toBER(false));
  crl.signatureValue = new asn1js.BitString({ valueHex: toArrayBuffer(cryptoSign('sha256', crl.tbsView, input.caKeyPem)) });
  return Buffer.from(crl.toSchema(false).toBER(false));
}

/** Reads a CRL from DER or PEM; null when the bytes are not one. */
export function readCrl(bytes: Buffer): ReadCrl | null {
  const pem = /-----BEGIN X509 CRL-----([\s\S]*?)-----END X509 CRL-----/.exec(bytes.toString('latin1'));
  const der = pem ? Buffer.from(pem[1].replace(/\s/g, ''), 'base64') : bytes;
  try {
    const asn = asn1js.fromBER(toArrayBuffer(der));
    if (asn.offset === -1 || asn.offset !== der.length) return null;
    const crl = new pkijs.CertificateRevocationList({ schema: asn.result });
    const numberExt = crl.crlExtensions?.extensions.find((e) => e.extnID === CRL_NUMBER)?.parsedValue;
    return {
      der,
      crl,
      thisUpdate: crl.thisUpdate.value.toISOString(),
      nextUpdate: crl.nextUpdate?.value.toISOString() ?? null,
      number: numberExt instanceof asn1js.Integer ? numberExt.valueBlock.valueDec : null,
      revoked: (crl.revokedCertificates ?? []).map((r) => ({
        serialNumber: normaliseSerial(Buffer.from(r.userCertificate.valueBlock.valueHexView).toString('hex')),
        revokedAt: r.revocationDate.value.toISOString(),
      })),
    };
  } catch {
    return null;
  }
}

/** The CRL names this CA as its issuer (which anyone can write: see crlIssuedBy). */
export const crlNamesIssuer = (read: ReadCrl, caDer: Buffer) => read.crl.issuer.isEqual(parseCertificate(caDer).subject);

/** The CRL is issued by this CA: its issuer name is the CA's subject and the CA's key verifies its signature. */
export function crlIssuedBy(read: ReadCrl, caDer: Buffer): boolean {
  if (!crlNamesIssuer(read, caDer)) return false;
  if (read.crl.signatureAlgorithm.algorithmId !== SHA256_WITH_RSA && read.crl.signatureAlgorithm.algorithmId !== '1.2.840.10045.4.3.2')
    return false;
  try {
    const key = new X509Certificate(caDer).publicKey;
    return cryptoVerify('sha256', read.crl.tbsView, key, Buffer.from(read.crl.signatureValue.valueBlock.valueHexView));
  } catch {
    return false;
  }
}
