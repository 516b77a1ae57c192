import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { CertificateInfo } from '../../../shared/domain/signing';
import {
  knownSignerSchema,
  normaliseSerial,
  revocationListSchema,
  type KnownSigner,
  type KnownSignerKind,
  type RevocationList,
  type TrustAnchors,
} from '../../../shared/domain/trust';
import { AppError } from '../../../shared/result';
import { readTextIfExists, writeFileDurably } from '../store/durable-file';
import { colonHex } from './certificate';
import { crlIssuedBy, readCrl, type ReadCrl } from './crl';

const TRUST_DIR = 'trust';
const storedCrlSchema = z.object({
  caFingerprint: z.string(),
  thisUpdate: z.string(),
  nextUpdate: z.string().nullable(),
  number: z.number().nullable(),
  der: z.string(),
});
const fileSchema = z.object({
  signers: z.array(knownSignerSchema),
  revocations: z.array(revocationListSchema),
  crls: z.array(storedCrlSchema).default([]),
});
type TrustFile = z.infer<typeof fileSchema>;

/** Reads a certificate from DER or PEM bytes, with a clear refusal for anything else. */
export function readCertificate(bytes: Buffer): { x509: X509Certificate; der: Buffer } {
  try {
    const x509 = new X509Certificate(bytes);
    return { x509, der: x509.raw };
  } catch {
    throw new AppError('invalid_input', 'notACertificate');
  }
}

export function certificateInfo(x509: X509Certificate): CertificateInfo {
  const part = (key: string) => new RegExp(`(?:^|\\n)${key}=([^\\n]*)`).exec(x509.subject)?.[1] ?? '';
  const dn = (text: string) => text.split('\n').filter(Boolean).join(', ');
  return {
    subject: dn(x509.subject),
    issuer: dn(x509.issuer),
    commonName: part('CN'),
    email: part('emailAddress'),
    serialNumber: x509.serialNumber.toUpperCase(),
    fingerprint: colonHex(createHash('sha256').update(x509.raw).digest('hex')),
    validFrom: new Date(x509.validFrom).toISOString(),
    validTo: new Date(x509.validTo).toISOString(),
    selfIssued: x509.subject === x509.issuer,
  };
}

/** The bytes a revocation list's signature covers: the list without its signature, keys in schema order. */
export const revocationPayload = (list: Omit<RevocationList, 'signature'>) =>
  Buffer.from(JSON.stringify({ format: list.format, caFingerprint: list.caFingerprint, issuedAt: list.issuedAt, revoked: list.revoked }));

/**
 * The workspace's known signers (own identities, colleagues, regional CAs) and the revocation
 * lists it imported, in `trust/known-signers.json`.
 */
export class TrustStore {
  constructor(
    private readonly workspaceDir: string,
    private readonly clock: () => Date,
  ) {}

  private get file() {
    return path.join(this.workspaceDir, TRUST_DIR, 'known-signers.json');
  }

  async read(): Promise<TrustFile> {
    const text = await readTextIfExists(this.file);
    if (!text) return { signers: [], revocations: [], crls: [] };
    const parsed = fileSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new AppError('internal', 'knownSignersDamaged');
    return parsed.data;
  }

  private async write(data: TrustFile) {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileDurably(this.file, `${JSON.stringify(data, null, 2)}\n`);
  }

  async list(): Promise<KnownSigner[]> {
    return (await this.read()).signers;
  }

  /** Adds a certificate; a regional CA must be a CA certificate. Adding one already known changes nothing. */
  async add(der: Buffer, kind: KnownSignerKind): Promise<KnownSigner[]> {
    const { x509 } = readCertificate(der);
    if (kind === 'regional_ca' && !x509.ca) throw new AppError('invalid_input', 'notACertificateAuthority');
    const data = await this.read();
    const certificate = certificateInfo(x509);
    if (!data.signers.some((s) => s.certificate.fingerprint === certificate.fingerprint && s.kind === kind)) {
      data.signers.push({
        kind,
        name: certificate.commonName || certificate.subject,
        certificate,
        der: x509.raw.toString('base64'),
        addedAt: this.clock().toISOString(),
      });
      await this.write(data);
    }
    return data.signers;
  }

  async remove(fingerprint: string): Promise<KnownSigner[]> {
    const data = await this.read();
    data.signers = data.signers.filter((s) => s.certificate.fingerprint !== fingerprint);
    await this.write(data);
    return data.signers;
  }

  /**
   * Takes an X.509 CRL (DER or PEM) only from a regional CA the workspace knows and only when
   * that CA's key verifies it; an older list never replaces a newer one.
   */
  private async importCrl(read: ReadCrl): Promise<{ caName: string; revoked: number }> {
    const data = await this.read();
    const ca = data.signers.find((s) => s.kind === 'regional_ca' && crlIssuedBy(read, Buffer.from(s.der, 'base64')));
    if (!ca) {
      throw new AppError('invalid_input', 'revocationListNotSigned');
    }
    const older = data.crls.find((c) => c.caFingerprint === ca.certificate.fingerprint);
    if (older && (older.thisUpdate > read.thisUpdate || (older.number ?? 0) > (read.number ?? 0))) {
      throw new AppError('conflict', 'revocationListOlder');
    }
    const entry = {
      caFingerprint: ca.certificate.fingerprint,
      thisUpdate: read.thisUpdate,
      nextUpdate: read.nextUpdate,
      number: read.number,
      der: read.der.toString('base64'),
    };
    data.crls = [...data.crls.filter((c) => c.caFingerprint !== entry.caFingerprint), entry];
    await this.write(data);
    return { caName: ca.name, revoked: read.revoked.length };
  }

  /** The newest CRL of the CA with this fingerprint, DER, to embed in a signature; null when none was imported. */
  async crlOf(caFingerprint: string): Promise<Buffer | null> {
    const stored = (await this.read()).crls.find((c) => c.caFingerprint === caFingerprint);
    return stored ? Buffer.from(stored.der, 'base64') : null;
  }

  /** Takes a revocation list: an X.509 CRL, or (older files) Casebook's own signed JSON list. */
  async importRevocations(bytes: Buffer): Promise<{ caName: string; revoked: number }> {
    const crl = readCrl(bytes);
    if (crl) return this.importCrl(crl);
    let list: RevocationList;
    try {
      list = revocationListSchema.parse(JSON.parse(bytes.toString('utf8')));
    } catch {
      throw new AppError('invalid_input', 'notARevocationList');
    }
    const data = await this.read();
    const ca = data.signers.find((s) => s.kind === 'regional_ca' && s.certificate.fingerprint === list.caFingerprint);
    if (!ca) throw new AppError('invalid_input', 'revocationListUnknownCa');
    const key = new X509Certificate(Buffer.from(ca.der, 'base64')).publicKey;
    const { signature, ...rest } = list;
    if (!verifySignature('sha256', revocationPayload(rest), key, Buffer.from(signature, 'base64'))) {
      throw new AppError('invalid_input', 'revocationListNotSigned');
    }
    const older = data.revocations.find((r) => r.caFingerprint === list.caFingerprint);
    if (older && older.issuedAt > list.issuedAt) throw new AppError('conflict', 'revocationListOlder');
    data.revocations = [...data.revocations.filter((r) => r.caFingerprint !== list.caFingerprint), list];
    await this.write(data);
    return { caName: ca.name, revoked: list.revoked.length };
  }

  /** What the verifier needs, plus the user's current identity (always known to its owner). */
  async anchors(
    own: { name: string; email: string; fingerprint: string } | null,
    extra: { caFingerprint: string; revoked: { serialNumber: string; revokedAt: string }[] }[] = [],
  ): Promise<TrustAnchors> {
    const data = await this.read();
    const known: TrustAnchors['known'] = data.signers.map((s) => ({
      kind: s.kind,
      name: s.name,
      der: s.der,
      fingerprint: s.certificate.fingerprint,
      email: s.certificate.email,
    }));
    if (own && !known.some((k) => k.fingerprint === own.fingerprint))
      known.push({ kind: 'own', name: own.name, der: '', fingerprint: own.fingerprint, email: own.email });
    const revoked: TrustAnchors['revoked'] = {};
    const revokedAt: NonNullable<TrustAnchors['revokedAt']> = {};
    const add = (ca: string, entries: { serialNumber: string; revokedAt: string }[]) => {
      for (const r of entries) {
        const serial = normaliseSerial(r.serialNumber);
        (revoked[ca] ??= []).push(serial);
        const dates = (revokedAt[ca] ??= {});
        // Two lists that disagree: the earlier date is the safer one.
        if (!dates[serial] || r.revokedAt < dates[serial]) dates[serial] = r.revokedAt;
      }
    };
    const listDates: NonNullable<TrustAnchors['listDates']> = {};
    const dated = (ca: string, at: string) => {
      if (!listDates[ca] || at > listDates[ca]) listDates[ca] = at;
    };
    for (const list of data.revocations) {
      add(list.caFingerprint, list.revoked);
      dated(list.caFingerprint, list.issuedAt);
    }
    for (const stored of data.crls) {
      add(stored.caFingerprint, readCrl(Buffer.from(stored.der, 'base64'))?.revoked ?? []);
      dated(stored.caFingerprint, stored.thisUpdate);
    }
    for (const own of extra) {
      add(own.caFingerprint, own.revoked);
      // The coordinator's own register is as new as it gets.
      dated(own.caFingerprint, this.clock().toISOString());
    }
    return { known, revoked, revokedAt, listDates };
  }
}
