import { createPrivateKey, generateKeyPairSync, randomBytes, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import forge from 'node-forge';
import { z } from 'zod';
import { issuedCertificateSchema, type RegionalCaSummary } from '../../../shared/domain/trust';
import { AppError } from '../../../shared/result';
import { readTextIfExists, writeFileDurably } from '../store/durable-file';
import { certificateDer, describeCertificate, type NewIdentity } from './certificate';
import { buildCrl, distributionPointFor } from './crl';
import { openSealedKey, sealedKeySchema, sealKey } from './key-seal';
import { toPkcs12 } from './pkcs12';

const { pki } = forge;
const caFileSchema = z.object({
  name: z.string(),
  certificatePem: z.string(),
  /** Older files: PKCS#8 PEM encrypted by Node (PBKDF2, 2,048 iterations); replaced by sealedKey at the next unlock. */
  encryptedKeyPem: z.string().optional(),
  /** The key sealed with scrypt and AES-256-GCM under the coordinator's passphrase: it never leaves the machine in clear. */
  sealedKey: sealedKeySchema.optional(),
  issued: z.array(issuedCertificateSchema),
  /** The number of the last CRL issued (RFC 5280 cRLNumber), so readers can tell newer from older. */
  crlNumber: z.number().int().default(0),
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
    // Only the coordinator's account may read the CA file (where the OS has modes).
    await writeFileDurably(this.file, `${JSON.stringify(data, null, 2)}\n`, undefined, 0o600);
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

  /** The CA's key, opened with the coordinator's passphrase; a key in the older format is sealed anew on the way. */
  private async unlockKey(data: CaFile, passphrase: string): Promise<string> {
    const wrong = () => new AppError('forbidden', 'wrongCaPassphrase');
    if (data.sealedKey) {
      const pem = openSealedKey(data.sealedKey, passphrase);
      if (!pem) throw wrong();
      return pem;
    }
    let pem: string;
    try {
      pem = createPrivateKey({ key: data.encryptedKeyPem ?? '', passphrase })
        .export({ type: 'pkcs1', format: 'pem' })
        .toString();
    } catch {
      throw wrong();
    }
    data.sealedKey = sealKey(pem, passphrase);
    delete data.encryptedKeyPem;
    await this.write(data);
    return pem;
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
    await this.write({
      name,
      certificatePem: pki.certificateToPem(cert),
      sealedKey: sealKey(pki.privateKeyToPem(key), passphrase),
      issued: [],
      crlNumber: 0,
    });
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
  async issue(
    member: NewIdentity,
    p12Passphrase: string,
    caPassphrase: string,
    deliver: (p12: Buffer) => Promise<string | null>,
  ): Promise<{ path: string | null; summary: RegionalCaSummary }> {
    const data = await this.require();
    const caKey = pki.privateKeyFromPem(await this.unlockKey(data, caPassphrase));
    const caCert = pki.certificateFromPem(data.certificatePem);
    const now = this.clock();
    const { key, cert } = newKeyAndCertificate(now, 3);
    const attrs: forge.pki.CertificateField[] = [{ name: 'commonName', value: member.name, valueTagClass: utf8 }];
    if (member.role) attrs.push({ shortName: 'T', type: '2.5.4.12', value: member.role, valueTagClass: utf8 });
    if (member.organisation) attrs.push({ name: 'organizationName', value: member.organisation, valueTagClass: utf8 });
    attrs.push({ name: 'countryName', value: 'GB' });
    attrs.push({ name: 'emailAddress', value: member.email, valueTagClass: ia5 });
    cert.setSubject(attrs);
    // The issuer must be the CA's subject exactly as encoded, or chains will not link up. forge
    // reads a UTF8String as its raw bytes and would encode them again (a Welsh ŵ became "Åµ"):
    // decoded here, the issuer is written with the very bytes of the CA's subject.
    cert.setIssuer(
      caCert.subject.attributes.map((a) =>
        a.valueTagClass === utf8 && typeof a.value === 'string' ? { ...a, value: forge.util.decodeUtf8(a.value) } : a,
      ),
    );
    cert.setExtensions([
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', critical: true, digitalSignature: true, nonRepudiation: true },
      { name: 'extKeyUsage', emailProtection: true },
      { name: 'subjectAltName', altNames: [{ type: 1, value: member.email }] },
      { name: 'subjectKeyIdentifier' },
      { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
      // Where readers look for the CA's revocations; Casebook finds the list among those imported.
      {
        name: 'cRLDistributionPoints',
        altNames: [{ type: 6, value: distributionPointFor(new X509Certificate(data.certificatePem).fingerprint256) }],
      },
    ]);
    cert.sign(caKey, forge.md.sha256.create());
    const p12 = toPkcs12(key, cert, p12Passphrase, member.name, [caCert]);
    const info = describeCertificate(cert);
    const delivered = await deliver(p12);
    if (!delivered) return { path: null, summary: (await this.summary()) as RegionalCaSummary };
    data.issued.push({
      name: member.name,
      email: member.email,
      role: member.role,
      serialNumber: info.serialNumber,
      fingerprint: info.fingerprint,
      issuedAt: now.toISOString(),
      validTo: info.validTo,
      revokedAt: null,
    });
    await this.write(data);
    return { path: delivered, summary: (await this.summary()) as RegionalCaSummary };
  }

  async revoke(serialNumber: string): Promise<RegionalCaSummary> {
    const data = await this.require();
    this.issuedAs(data, serialNumber).revokedAt ??= this.clock().toISOString();
    await this.write(data);
    return (await this.summary()) as RegionalCaSummary;
  }

  /**
   * Revokes and signs the CRL that says so in one step: the passphrase is checked before anything
   * changes (a wrong one revokes nothing), and the revocation and the list's number are written
   * together, so the file never holds a revocation without the list that publishes it.
   */
  async revokeAndSign(serialNumber: string, caPassphrase: string): Promise<{ summary: RegionalCaSummary; crl: Buffer }> {
    const data = await this.require();
    const entry = this.issuedAs(data, serialNumber);
    const keyPem = await this.unlockKey(data, caPassphrase);
    entry.revokedAt ??= this.clock().toISOString();
    const crl = this.signCrl(data, keyPem);
    await this.write(data);
    return { summary: (await this.summary()) as RegionalCaSummary, crl };
  }

  /**
   * An X.509 CRL of every certificate revoked so far, with the dates of revocation, signed with
   * the CA's key: what members import, and what any PDF reader or openssl can check.
   */
  async crl(caPassphrase: string): Promise<Buffer> {
    const data = await this.require();
    const crl = this.signCrl(data, await this.unlockKey(data, caPassphrase));
    await this.write(data);
    return crl;
  }

  private issuedAs(data: CaFile, serialNumber: string) {
    const entry = data.issued.find((i) => i.serialNumber === serialNumber);
    if (!entry) throw new AppError('not_found', 'serialNotIssued');
    return entry;
  }

  /** The next CRL (its number counted in `data`, which the caller writes). */
  private signCrl(data: CaFile, keyPem: string): Buffer {
    data.crlNumber += 1;
    return buildCrl({
      caDer: certificateDer(pki.certificateFromPem(data.certificatePem)),
      caKeyPem: keyPem,
      revoked: data.issued.filter((i) => i.revokedAt).map((i) => ({ serialNumber: i.serialNumber, revokedAt: i.revokedAt as string })),
      thisUpdate: this.clock(),
      number: data.crlNumber,
    });
  }

  /** What this CA itself has revoked, with dates: its own workspace applies them at once. */
  async ownRevocations(): Promise<{ caFingerprint: string; revoked: { serialNumber: string; revokedAt: string }[] } | null> {
    const data = await this.read();
    if (!data) return null;
    return {
      caFingerprint: new X509Certificate(data.certificatePem).fingerprint256,
      revoked: data.issued.filter((i) => i.revokedAt).map((i) => ({ serialNumber: i.serialNumber, revokedAt: i.revokedAt as string })),
    };
  }
}
