import * as fs from 'node:fs/promises';
import path from 'node:path';
import forge from 'node-forge';
import {
  identitySummarySchema,
  type IdentityDraft,
  type IdentityStatus,
  type IdentitySummary,
} from '../../../shared/domain/signing';
import { identityDraftSchema } from '../../../shared/domain/signing';
import { AppError } from '../../../shared/result';
import { toAppError, writeFileDurably } from '../store/durable-file';
import { writeBinaryDurably } from './write-binary';
import { createSelfIssuedIdentity, describeCertificate } from './certificate';
import { openPkcs12, toPkcs12, type KeyAndCertificate } from './pkcs12';

export const IDENTITY_DIR = 'identity';
export const IDENTITY_P12 = 'identity.p12';
const SUMMARY_JSON = 'identity.json';

/** An unlocked identity: what the signer needs. Lives only in the services process. */
export interface UnlockedIdentity {
  summary: IdentitySummary;
  keyPem: string;
  cert: forge.pki.Certificate;
  chain: forge.pki.Certificate[];
}

function summarise(opened: KeyAndCertificate, source: IdentitySummary['source'], role: string): IdentitySummary {
  const info = describeCertificate(opened.cert);
  const org = opened.cert.subject.getField('O') as { value?: string } | null;
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
    const exists = identity !== null && (await fs.stat(this.file(IDENTITY_P12)).then(() => true, () => false));
    return { exists, unlocked: this.unlocked !== null, identity: exists ? identity : null };
  }

  private async save(p12: Buffer, summary: IdentitySummary, passphrase: string) {
    await fs.mkdir(this.file(''), { recursive: true });
    await writeBinaryDurably(this.file(IDENTITY_P12), p12, 0o600);
    await writeFileDurably(this.file(SUMMARY_JSON), `${JSON.stringify(summary, null, 2)}\n`);
    this.unlocked = this.toUnlocked(openPkcs12(p12, passphrase), summary);
  }

  private toUnlocked(opened: KeyAndCertificate, summary: IdentitySummary): UnlockedIdentity {
    return { summary, keyPem: forge.pki.privateKeyToPem(opened.key), cert: opened.cert, chain: opened.chain };
  }

  private async refuseOverwrite(replace: boolean) {
    if (!replace && (await this.status()).exists) {
      throw new AppError('conflict', 'This workspace already has a signing identity. Choose to replace it if you really mean to.');
    }
  }

  /** Creates a key and self-issued certificate, stores them, and leaves them unlocked. */
  async create(input: IdentityDraft, replace = false): Promise<IdentityStatus> {
    const draft = identityDraftSchema.parse(input);
    await this.refuseOverwrite(replace);
    const { key, cert } = createSelfIssuedIdentity(draft, this.clock());
    const p12 = toPkcs12(key, cert, draft.passphrase, draft.name);
    const summary = summarise({ key, cert, chain: [] }, 'created', draft.role);
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
      throw toAppError(error, p12Path);
    }
    if (bytes.length > 1_000_000) {
      throw new AppError('invalid_input', 'This file is too large to be a signing identity (.p12 files are a few kilobytes).');
    }
    const opened = openPkcs12(bytes, passphrase);
    await this.save(bytes, summarise(opened, 'imported', ''), passphrase);
    return this.status();
  }

  async unlock(passphrase: string): Promise<IdentityStatus> {
    const summary = await this.summary();
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.file(IDENTITY_P12));
    } catch {
      throw new AppError('not_found', 'There is no signing identity in this workspace yet. Create one or import a .p12 file.');
    }
    const opened = openPkcs12(bytes, passphrase);
    this.unlocked = this.toUnlocked(opened, summary ?? summarise(opened, 'imported', ''));
    return this.status();
  }

  lock(): Promise<IdentityStatus> {
    this.unlocked = null;
    return this.status();
  }

  /** The unlocked identity for signing, or a clear error telling the user to unlock first. */
  requireUnlocked(): UnlockedIdentity {
    if (!this.unlocked) {
      throw new AppError('forbidden', 'Your signing identity is locked. Unlock it with your passphrase, then export again.');
    }
    return this.unlocked;
  }
}
