import * as fs from 'node:fs/promises';
import path from 'node:path';
import forge from 'node-forge';
import { identitySummarySchema, type IdentityDraft, type IdentityStatus, type IdentitySummary } from '../../../shared/domain/signing';
import { identityDraftSchema } from '../../../shared/domain/signing';
import { AppError } from '../../../shared/result';
import { toAppError, writeFileDurably } from '../store/durable-file';
import { writeBinaryDurably } from './write-binary';
import { openPkcs12OffThread } from '../workers/pool';
import type { OpenedPkcs12 } from '../workers/tasks';
import { certificateDer, createSelfIssuedIdentity, describeCertificate } from './certificate';
import { toPkcs12 } from './pkcs12';

export const IDENTITY_DIR = 'identity';
export const IDENTITY_P12 = 'identity.p12';
const SUMMARY_JSON = 'identity.json';
/** The public certificate alone (DER), so it can be exported without the passphrase. */
const CERTIFICATE_CER = 'identity.cer';

/** An unlocked identity: what the signer needs. Lives only in the services process. */
export interface UnlockedIdentity {
  summary: IdentitySummary;
  keyPem: string;
  cert: forge.pki.Certificate;
  chain: forge.pki.Certificate[];
}

function summarise(cert: forge.pki.Certificate, source: IdentitySummary['source'], role: string): IdentitySummary {
  const info = describeCertificate(cert);
  const org = cert.subject.getField('O') as { value?: string } | null;
  return {
    name: info.commonName,
    email: info.email,
    organisation: String(org?.value ?? ''),
    role,
    subject: info.subject,
    issuer: info.issuer,
    serialNumber: info.serialNumber,
    fingerprint: info.fingerprint,
    validFrom: info.validFrom,
    validTo: info.validTo,
    source,
  };
}

/**
 * The workspace's signing identity: a passphrase-protected PKCS#12 on disk, unlocked at most
 * once per session and then held in memory. The key never crosses IPC.
 */
export class IdentityStore {
  private unlocked: UnlockedIdentity | null = null;

  constructor(
    private readonly workspaceDir: string,
    private readonly clock: () => Date,
  ) {}

  private file(name: string) {
    return path.join(this.workspaceDir, IDENTITY_DIR, name);
  }

  async summary(): Promise<IdentitySummary | null> {
    try {
      const text = await fs.readFile(this.file(SUMMARY_JSON), 'utf8');
      return identitySummarySchema.parse(JSON.parse(text));
    } catch {
      return null;
    }
  }

  async status(): Promise<IdentityStatus> {
    const identity = this.unlocked?.summary ?? (await this.summary());
    const exists =
      identity !== null &&
      (await fs.stat(this.file(IDENTITY_P12)).then(
        () => true,
        () => false,
      ));
    return { exists, unlocked: this.unlocked !== null, identity: exists ? identity : null };
  }

  private async save(p12: Buffer, summary: IdentitySummary, passphrase: string) {
    await fs.mkdir(this.file(''), { recursive: true });
    await writeBinaryDurably(this.file(IDENTITY_P12), p12, 0o600);
    await writeFileDurably(this.file(SUMMARY_JSON), `${JSON.stringify(summary, null, 2)}\n`);
    this.unlocked = this.toUnlocked(await openPkcs12OffThread(p12, passphrase), summary);
    await writeBinaryDurably(this.file(CERTIFICATE_CER), certificateDer(this.unlocked.cert));
  }

  /** The identity's public certificate (DER), or null when there is none or it is locked and was made before it was kept apart. */
  async certificate(): Promise<Buffer | null> {
    if (this.unlocked) return certificateDer(this.unlocked.cert);
    if (!(await this.status()).exists) return null;
    return fs.readFile(this.file(CERTIFICATE_CER)).catch(() => null);
  }

  private toUnlocked(opened: OpenedPkcs12, summary: IdentitySummary): UnlockedIdentity {
    return {
      summary,
      keyPem: opened.keyPem,
      cert: forge.pki.certificateFromPem(opened.certPem),
      chain: opened.chainPem.map((p) => forge.pki.certificateFromPem(p)),
    };
  }

  private async refuseOverwrite(replace: boolean) {
    if (!replace && (await this.status()).exists) {
      throw new AppError('conflict', 'identityExists');
    }
  }

  /** Creates a key and self-issued certificate, stores them, and leaves them unlocked. */
  async create(input: IdentityDraft, replace = false): Promise<IdentityStatus> {
    const draft = identityDraftSchema.parse(input);
    await this.refuseOverwrite(replace);
    const { key, cert } = createSelfIssuedIdentity(draft, this.clock());
    const p12 = toPkcs12(key, cert, draft.passphrase, draft.name);
    const summary = summarise(cert, 'created', draft.role);
    summary.organisation = draft.organisation;
    await this.save(p12, summary, draft.passphrase);
    return this.status();
  }

  /** Takes a .p12 from the user's organisation; the file keeps its own passphrase. */
  async importFile(p12Path: string, passphrase: string, replace = false): Promise<IdentityStatus> {
    await this.refuseOverwrite(replace);
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(p12Path);
    } catch (error) {
      throw toAppError(error, p12Path, 'read');
    }
    if (bytes.length > 1_000_000) {
      throw new AppError('invalid_input', 'identityFileTooLarge');
    }
    const opened = await openPkcs12OffThread(bytes, passphrase);
    const cert = forge.pki.certificateFromPem(opened.certPem);
    // An older file is kept with today's protection (SHA-256 MAC); same key, same passphrase.
    await this.save(opened.upgraded ? Buffer.from(opened.upgraded) : bytes, summarise(cert, 'imported', ''), passphrase);
    return this.status();
  }

  async unlock(passphrase: string): Promise<IdentityStatus> {
    const summary = await this.summary();
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.file(IDENTITY_P12));
    } catch {
      throw new AppError('not_found', 'noIdentity');
    }
    const opened = await openPkcs12OffThread(bytes, passphrase);
    const cert = forge.pki.certificateFromPem(opened.certPem);
    // A file from before SHA-256 MACs is written again now that the passphrase is known.
    if (opened.upgraded) await writeBinaryDurably(this.file(IDENTITY_P12), Buffer.from(opened.upgraded), 0o600);
    this.unlocked = this.toUnlocked(opened, summary ?? summarise(cert, 'imported', ''));
    return this.status();
  }

  lock(): Promise<IdentityStatus> {
    this.unlocked = null;
    return this.status();
  }

  /** The unlocked identity for signing, or a clear error telling the user to unlock first. */
  requireUnlocked(): UnlockedIdentity {
    if (!this.unlocked) {
      throw new AppError('forbidden', 'identityLocked');
    }
    return this.unlocked;
  }
}
