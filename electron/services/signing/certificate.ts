import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import type { CertificateInfo } from '../../../shared/domain/signing';

const { pki, asn1 } = forge;

export interface NewIdentity {
  name: string;
  role: string;
  organisation: string;
  email: string;
}

/** Hex with colons, as certificate viewers show fingerprints. */
export const colonHex = (hex: string) => hex.toUpperCase().match(/.{2}/g)?.join(':') ?? '';

export function certificateDer(cert: forge.pki.Certificate): Buffer {
  return Buffer.from(asn1.toDer(pki.certificateToAsn1(cert)).getBytes(), 'binary');
}

function distinguishedName(attributes: forge.pki.CertificateField[]): string {
  return attributes.map((a) => `${a.shortName ?? a.name ?? a.type}=${String(a.value)}`).join(', ');
}

const field = (attributes: forge.pki.CertificateField[], name: string) =>
  String(attributes.find((a) => a.name === name || a.shortName === name)?.value ?? '');

/** What a person needs to know about a certificate. */
export function describeCertificate(cert: forge.pki.Certificate): CertificateInfo {
  const subject = distinguishedName(cert.subject.attributes);
  const issuer = distinguishedName(cert.issuer.attributes);
  return {
    subject,
    issuer,
    commonName: field(cert.subject.attributes, 'commonName'),
    email: field(cert.subject.attributes, 'emailAddress'),
    serialNumber: cert.serialNumber.toUpperCase(),
    fingerprint: colonHex(createHash('sha256').update(certificateDer(cert)).digest('hex')),
    validFrom: cert.validity.notBefore.toISOString(),
    validTo: cert.validity.notAfter.toISOString(),
    selfIssued: subject === issuer,
  };
}

/**
 * An RSA-2048 key (made by Node's native crypto: forge's pure-JS keygen takes seconds) and a
 * self-issued certificate for document signing, valid five years.
 */
export function createSelfIssuedIdentity(who: NewIdentity, now: Date) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const publicKey = pki.setRsaPublicKey(key.n, key.e);
  const cert = pki.createCertificate();
  cert.publicKey = publicKey;
  // A positive 16-byte serial (leading byte below 0x80 so the INTEGER stays positive).
  const serial = randomBytes(16);
  serial[0] &= 0x7f;
  cert.serialNumber = serial.toString('hex');
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now);
  cert.validity.notAfter.setFullYear(now.getFullYear() + 5);
  // UTF8String so Welsh names (ŵ, ŷ) survive; e-mail must be an IA5String.
  // forge reads valueTagClass as the ASN.1 string type; its typings call it a Class.
  const asTag = (type: forge.asn1.Type) => type as number as forge.asn1.Class;
  const utf8 = asTag(asn1.Type.UTF8);
  const attrs: forge.pki.CertificateField[] = [{ name: 'commonName', value: who.name, valueTagClass: utf8 }];
  if (who.role) attrs.push({ shortName: 'T', type: '2.5.4.12', value: who.role, valueTagClass: utf8 });
  if (who.organisation) attrs.push({ name: 'organizationName', value: who.organisation, valueTagClass: utf8 });
  attrs.push({ name: 'countryName', value: 'GB' });
  attrs.push({ name: 'emailAddress', value: who.email, valueTagClass: asTag(asn1.Type.IA5STRING) });
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', critical: true, digitalSignature: true, nonRepudiation: true },
    { name: 'extKeyUsage', emailProtection: true },
    { name: 'subjectAltName', altNames: [{ type: 1, value: who.email }] },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(key, forge.md.sha256.create());
  return { key, cert };
}
