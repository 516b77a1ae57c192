import { createPrivateKey, generateKeyPairSync, randomBytes, sign as cryptoSign, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import forge from 'node-forge';
import { z } from 'zod';
import { issuedCertificateSchema, type RegionalCaSummary, type RevocationList } from '../../../shared/domain/trust';
import { AppError } from '../../../shared/result';
import { readTextIfExists, writeFileDurably } from '../store/durable-file';
import { certificateDer, describeCertificate, type NewIdentity } from './certificate';
import { toPkcs12 } from './pkcs12';
import { revocationPayload } from './trust-store';

const { pki } = forge;
const caFileSchema = z.object({
  name: z.string(),
  certificatePem: z.string(),
  /** PKCS#8, AES-256 encrypted with the coordinator's passphrase: the key never leaves the machine in clear. */
  encryptedKeyPem: z.string(),
  issued: z.array(issuedCertificateSchema),
});
type CaFile = z.infer<typeof caFileSchema>;

const utf8 = forge.asn1.Type.UTF8 as number as forge.asn1.Class;
const ia5 = forge.asn1.Type.IA5STRING as number as forge.asn1.Class;

function serial(): string {
  const bytes = randomBytes(16);
  bytes[0] &= 0x7f;
  return bytes.toString('hex');
}

function rsaKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
}

/** The region's own certificate authority: create once, issue members' signing certificates, revoke them. */
/** A fresh RSA key and an unsigned certificate for it, valid from a minute ago for `years`. */
function newKeyAndCertificate(now: Date, years: number) {
  const key = rsaKey();
  const cert = pki.createCertificate();
  cert.publicKey = pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now);
  cert.validity.notAfter.setFullYear(now.getFullYear() + years);
  return { key, cert };
}

export class RegionalCa {
  constructor(
    private readonly workspaceDir: string,
    private readonly clock: () => Date,
  ) {}

  private get file() {
    return path.join(this.workspaceDir, 'region', 'ca.json');
  }

  private async read(): Promise<CaFile | null> {
    const text = await readTextIfExists(this.file);
    return text ? caFileSchema.parse(JSON.parse(text)) : null;
  }

  private async write(data: CaFile) {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileDurably(this.file, `${JSON.stringify(data, null, 2)}\n`);
  }

  private async require(): Promise<CaFile> {
    const data = await this.read();
    if (!data) throw new AppError('not_found', 'noRegionalCaCreate');
    return data;
  }

  async summary(): Promise<RegionalCaSummary | null> {
    const data = await this.read();
    if (!data) return null;
    return { name: data.name, certificate: describeCertificate(pki.certificateFromPem(data.certificatePem)), issued: data.issued };
  }

  /** The CA's key, opened with the coordinator's passphrase. */
  private unlockKey(data: CaFile, passphrase: string): string {
    try {
      return createPrivateKey({ key: data.encryptedKeyPem, passphrase }).export({ type: 'pkcs1', format: 'pem' }).toString();
    } catch {
      throw new AppError('forbidden', 'wrongCaPassphrase');
    }
  }

  /** A self-signed CA certificate valid ten years, allowed to issue certificates and nothing else. */
  async create(name: string, organisation: string, passphrase: string): Promise<RegionalCaSummary> {
    if (await this.read()) throw new AppError('conflict', 'regionalCaExists');
    if (passphrase.length < 12) throw new AppError('invalid_input', 'caPassphraseTooShort');
    const { key, cert } = newKeyAndCertificate(this.clock(), 10);
    const attrs: forge.pki.CertificateField[] = [{ name: 'commonName', value: name, valueTagClass: utf8 }];
    if (organisation) attrs.push({ name: 'organizationName', value: organisation, valueTagClass: utf8 });
    attrs.push({ name: 'countryName', value: 'GB' });
    cert.setSubject(attrs);
    cert.setIssuer(attrs);
    cert.setExtensions([
      { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
      { name: 'keyUsage', critical: true, keyCertSign: true, cRLSign: true },
      { name: 'subjectKeyIdentifier' },
    ]);
    cert.sign(key, forge.md.sha256.create());
    const encryptedKeyPem = createPrivateKey(pki.privateKeyToPem(key)).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }).toString();
    await this.write({ name, certificatePem: pki.certificateToPem(cert), encryptedKeyPem, issued: [] });
    return (await this.summary()) as RegionalCaSummary;
  }

  /** The CA certificate, DER: what members and recipients import. */
  async certificate(): Promise<Buffer> {
    return certificateDer(pki.certificateFromPem((await this.require()).certificatePem));
  }

  /**
   * A member's signing certificate and key as a passphrase-protected .p12 carrying the CA
   * certificate too. `deliver` saves it; only a delivered certificate enters the register.
   */
  async issue(member: NewIdentity, p12Passphrase: string, caPassphrase: string, deliver: (p12: Buffer) => Promise<string | null>): Promise<{ path: string | null; summary: RegionalCaSummary }> {
    const data = await this.require();
    const caKey = pki.privateKeyFromPem(this.unlockKey(data, caPassphrase));
    const caCert = pki.certificateFromPem(data.certificatePem);
    const now = this.clock();
    const { key, cert } = newKeyAndCertificate(now, 3);
    const attrs: forge.pki.CertificateField[] = [{ name: 'commonName', value: member.name, valueTagClass: utf8 }];
    if (member.role) attrs.push({ shortName: 'T', type: '2.5.4.12', value: member.role, valueTagClass: utf8 });
    if (member.organisation) attrs.push({ name: 'organizationName', value: member.organisation, valueTagClass: utf8 });
    attrs.push({ name: 'countryName', value: 'GB' });
    attrs.push({ name: 'emailAddress', value: member.email, valueTagClass: ia5 });
    cert.setSubject(attrs);
    // The issuer must be the CA's subject exactly as encoded, or chains will not link up.
    cert.setIssuer(caCert.subject.attributes);
    cert.setExtensions([
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', critical: true, digitalSignature: true, nonRepudiation: true },
      { name: 'extKeyUsage', emailProtection: true },
      { name: 'subjectAltName', altNames: [{ type: 1, value: member.email }] },
      { name: 'subjectKeyIdentifier' },
      { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
    ]);
    cert.sign(caKey, forge.md.sha256.create());
    const p12 = toPkcs12(key, cert, p12Passphrase, member.name, [caCert]);
    const info = describeCertificate(cert);
    const delivered = await deliver(p12);
    if (!delivered) return { path: null, summary: (await this.summary()) as RegionalCaSummary };
    data.issued.push({ name: member.name, email: member.email, role: member.role, serialNumber: info.serialNumber, fingerprint: info.fingerprint, issuedAt: now.toISOString(), validTo: info.validTo, revokedAt: null });
    await this.write(data);
    return { path: delivered, summary: (await this.summary()) as RegionalCaSummary };
  }

  async revoke(serialNumber: string): Promise<RegionalCaSummary> {
    const data = await this.require();
    const entry = data.issued.find((i) => i.serialNumber === serialNumber);
    if (!entry) throw new AppError('not_found', 'serialNotIssued');
    entry.revokedAt ??= this.clock().toISOString();
    await this.write(data);
    return (await this.summary()) as RegionalCaSummary;
  }

  /** The revoked certificates, signed with the CA's key so a member's Casebook can check it came from here. */
  async revocationList(caPassphrase: string): Promise<RevocationList> {
    const data = await this.require();
    const keyPem = this.unlockKey(data, caPassphrase);
    const body = {
      format: 'casebook-revocations' as const,
      caFingerprint: new X509Certificate(data.certificatePem).fingerprint256,
      issuedAt: this.clock().toISOString(),
      revoked: data.issued.filter((i) => i.revokedAt).map((i) => ({ serialNumber: i.serialNumber, name: i.name, revokedAt: i.revokedAt as string })),
    };
    return { ...body, signature: cryptoSign('sha256', revocationPayload(body), keyPem).toString('base64') };
  }
}
