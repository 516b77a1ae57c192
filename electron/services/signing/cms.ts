import { createHash, createPrivateKey, sign as cryptoSign } from 'node:crypto';
import forge from 'node-forge';
import { certificateDer } from './certificate';

const { asn1 } = forge;
const { Class, Type } = asn1;

/** Object identifiers used in a CAdES-BES / PAdES B-B SignedData. */
export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  adbeRevocationInfoArchival: '1.2.840.113583.1.1.8',
} as const;

const seq = (value: forge.asn1.Asn1[]) => asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, value);
const set = (value: forge.asn1.Asn1[]) => asn1.create(Class.UNIVERSAL, Type.SET, true, value);
const oid = (id: string) => asn1.create(Class.UNIVERSAL, Type.OID, false, asn1.oidToDer(id).getBytes());
const octets = (bytes: Buffer) => asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, bytes.toString('binary'));
const int = (value: number) => asn1.create(Class.UNIVERSAL, Type.INTEGER, false, asn1.integerToDer(value).getBytes());
const nullValue = () => asn1.create(Class.UNIVERSAL, Type.NULL, false, '');
const algorithm = (id: string) => seq([oid(id), nullValue()]);
export const toDer = (node: forge.asn1.Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
const fromDer = (bytes: Buffer) => asn1.fromDer(forge.util.createBuffer(bytes.toString('binary')));

/**
 * The certificate's serial and issuer Name as DER nodes, re-read from the certificate's own
 * bytes: re-encoding forge's parsed issuer can change string types (UTF8 vs Printable), and
 * then a verifier no longer finds the signer's certificate.
 */
export type AnyCertificate = forge.pki.Certificate | Buffer;
const derOf = (cert: AnyCertificate) => (Buffer.isBuffer(cert) ? cert : certificateDer(cert));

function issuerAndSerialOf(cert: AnyCertificate): { serial: forge.asn1.Asn1; issuer: forge.asn1.Asn1 } {
  const parsed = fromDer(derOf(cert));
  const tbs = (parsed.value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[];
  // tbsCertificate: [0] version (optional), serialNumber, signature, issuer, ...
  const offset = tbs[0].tagClass === Class.CONTEXT_SPECIFIC ? 1 : 0;
  return { serial: tbs[offset], issuer: tbs[offset + 2] };
}

const attribute = (type: string, value: forge.asn1.Asn1) => seq([oid(type), set([value])]);

/**
 * ESS signing-certificate-v2 (RFC 5035): binds the signature to this exact certificate, which
 * is what makes a CAdES-BES signature (and so PAdES B-B). hashAlgorithm is left out because
 * SHA-256 is its DEFAULT, which DER forbids encoding.
 */
function signingCertificateV2(cert: AnyCertificate): forge.asn1.Asn1 {
  const certHash = createHash('sha256').update(derOf(cert)).digest();
  const { issuer, serial } = issuerAndSerialOf(cert);
  const issuerSerial = seq([seq([asn1.create(Class.CONTEXT_SPECIFIC, 4, true, [issuer])]), serial]);
  return seq([seq([seq([octets(certHash), issuerSerial])])]);
}

/** DER orders a SET OF by the encodings of its members; signed attributes are a SET OF. */
function derSortedSet(members: forge.asn1.Asn1[]): forge.asn1.Asn1[] {
  return members
    .map((m) => ({ m, der: toDer(m) }))
    .sort((a, b) => Buffer.compare(a.der, b.der))
    .map(({ m }) => m);
}

export interface CmsInput {
  /** SHA-256 of the signed byte ranges of the PDF. */
  contentDigest: Buffer;
  /** forge certificates for RSA identities; DER for others (forge reads RSA keys only). */
  cert: AnyCertificate;
  chain: AnyCertificate[];
  /** RSA or EC private key, PEM. */
  keyPem: string;
  /** The certificates to carry, in this order; by default the signer's then its chain. */
  certificates?: AnyCertificate[];
  /** Included as a signed attribute only when asked: PAdES B-B takes the time from /M. */
  signingTime?: Date;
  /** CRLs (DER) of the chain's CAs, carried as adbe-revocationInfoArchival so readers can check revocation offline. */
  crls?: Buffer[];
}

/** A detached CMS SignedData (CAdES-BES profile) over a digest, DER-encoded. */
export function buildDetachedCms({ contentDigest, cert, chain, keyPem, signingTime, certificates: carried, crls }: CmsInput): Buffer {
  const attributes = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(contentDigest)),
    attribute(OID.signingCertificateV2, signingCertificateV2(cert)),
  ];
  if (signingTime) {
    attributes.push(attribute(OID.signingTime, asn1.create(Class.UNIVERSAL, Type.UTCTIME, false, asn1.dateToUtcTime(signingTime))));
  }
  if (crls && crls.length > 0) {
    // RevocationInfoArchival ::= SEQUENCE { crl [0] EXPLICIT SEQUENCE OF CRL OPTIONAL, ... }
    attributes.push(
      attribute(OID.adbeRevocationInfoArchival, seq([asn1.create(Class.CONTEXT_SPECIFIC, 0, true, [seq(crls.map(fromDer))])])),
    );
  }
  const sorted = derSortedSet(attributes);
  // The signature covers the attributes encoded as a SET; in SignerInfo they sit under [0].
  const ec = createPrivateKey(keyPem).asymmetricKeyType === 'ec';
  const signature = cryptoSign('sha256', toDer(set(sorted)), keyPem);
  const signerInfo = seq([
    int(1),
    seq([issuerAndSerialOf(cert).issuer, issuerAndSerialOf(cert).serial]),
    algorithm(OID.sha256),
    asn1.create(Class.CONTEXT_SPECIFIC, 0, true, sorted),
    ec ? seq([oid(OID.ecdsaWithSha256)]) : algorithm(OID.rsaEncryption),
    octets(signature),
  ]);
  const certificates = (carried ?? [cert, ...chain]).map((c) => fromDer(derOf(c)));
  const signedData = seq([
    int(1),
    set([algorithm(OID.sha256)]),
    seq([oid(OID.data)]),
    asn1.create(Class.CONTEXT_SPECIFIC, 0, true, certificates),
    set([signerInfo]),
  ]);
  return toDer(seq([oid(OID.signedData), asn1.create(Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
}
