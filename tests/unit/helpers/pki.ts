import { generateKeyPairSync, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import forge from 'node-forge';
import * as pkijs from 'pkijs';
import { certificateDer, createSelfIssuedIdentity, type NewIdentity } from '../../../electron/services/signing/certificate';
import type { SigningKey } from '../../../electron/services/signing/pades-signer';

/*
 * Real keys and certificates made in tests: forge for RSA (as Casebook does), pkijs with
 * WebCrypto for ECDSA (forge cannot hold EC keys).
 */

const { pki } = forge;
const utf8 = forge.asn1.Type.UTF8 as number as forge.asn1.Class;

export const priya: NewIdentity = {
  name: 'Priya Shah',
  role: 'Peer assessor',
  organisation: 'Eastmoor Regional Employers',
  email: 'priya@example.org',
};

export function selfSigned(who: NewIdentity, now: Date): SigningKey {
  const { key, cert } = createSelfIssuedIdentity(who, now);
  return { keyPem: pki.privateKeyToPem(key), cert, chain: [], summary: { name: who.name, email: who.email } };
}

function rsa() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
}

interface CertSpec {
  cn: string;
  serial: string;
  ca: boolean;
  notBefore: Date;
  notAfter: Date;
  issuer?: { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey };
  keyUsage?: Record<string, boolean>;
}

export function rsaCertificate(spec: CertSpec) {
  const key = rsa();
  const cert = pki.createCertificate();
  cert.publicKey = pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = spec.serial;
  cert.validity.notBefore = spec.notBefore;
  cert.validity.notAfter = spec.notAfter;
  const attrs = [{ name: 'commonName', value: spec.cn, valueTagClass: utf8 }];
  cert.setSubject(attrs);
  cert.setIssuer(spec.issuer ? spec.issuer.cert.subject.attributes : attrs);
  const usage = spec.keyUsage ?? (spec.ca ? { keyCertSign: true, cRLSign: true } : { digitalSignature: true, nonRepudiation: true });
  cert.setExtensions([
    { name: 'basicConstraints', cA: spec.ca, critical: true },
    { name: 'keyUsage', critical: true, ...usage },
    { name: 'subjectKeyIdentifier' },
    ...(spec.issuer ? [{ name: 'authorityKeyIdentifier', keyIdentifier: spec.issuer.cert.generateSubjectKeyIdentifier().getBytes() }] : []),
  ]);
  cert.sign(spec.issuer?.key ?? key, forge.md.sha256.create());
  return { key, cert };
}

export function asSigningKey(
  pair: { key: forge.pki.rsa.PrivateKey; cert: forge.pki.Certificate },
  chain: forge.pki.Certificate[],
  name: string,
): SigningKey {
  return { keyPem: pki.privateKeyToPem(pair.key), cert: pair.cert, chain, summary: { name, email: '' } };
}

/** An ECDSA P-256 self-signed signing certificate, made with pkijs over WebCrypto. */
export async function ecdsaSigner(cn: string, now: Date): Promise<SigningKey> {
  const engine = new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto });
  const keys = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ value: 4242 });
  const name = () => new pkijs.AttributeTypeAndValue({ type: '2.5.4.3', value: new asn1js.Utf8String({ value: cn }) });
  cert.subject.typesAndValues.push(name());
  cert.issuer.typesAndValues.push(name());
  cert.notBefore.value = new Date(now.getTime() - 86_400_000);
  cert.notAfter.value = new Date(now.getTime() + 365 * 86_400_000);
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey, engine);
  await cert.sign(keys.privateKey, 'SHA-256', engine);
  const der = Buffer.from(cert.toSchema(true).toBER(false));
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const keyPem = `-----BEGIN PRIVATE KEY-----\n${pkcs8.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END PRIVATE KEY-----\n`;
  return { keyPem, cert: der, chain: [], summary: { name: cn, email: '' } };
}

export const derOf = (cert: forge.pki.Certificate | Buffer) => (Buffer.isBuffer(cert) ? cert : certificateDer(cert));
