import { createHash, sign as cryptoSign, verify as verifySignature, X509Certificate } from 'node:crypto';
import { strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import type { TrustAnchors } from '../../../shared/domain/trust';
import type { ErrorKey, ErrorValues } from '../../../shared/i18n/errors';
import { refusal, type AppErrorShape } from '../../../shared/result';
import { standingOf } from '../signing/signer-trust';

/**
 * A case file's seal: what was exported (case, journal, attachment hashes) signed with the
 * exporter's identity. The journal's hash chain shows lines follow each other; only the seal
 * ties the whole history to a person, so a journal rewritten with a recomputed chain fails.
 */
export const SEAL_FILE = 'signature.json';

const sealSchema = z.object({
  format: z.literal('casebook-case-seal'),
  caseId: z.string(),
  caseSha256: z.string(),
  journalSha256: z.string(),
  /** The hash of the journal's last entry, as the case's history page shows it. */
  journalHead: z.string(),
  journalEntries: z.number().int(),
  attachments: z.array(z.string()),
  exportedAt: z.string(),
});
type Seal = z.infer<typeof sealSchema>;

const sealFileSchema = z.object({
  seal: sealSchema,
  /** base64 signature over the seal's JSON exactly as stored in `sealJson`. */
  sealJson: z.string().max(1_000_000),
  signature: z.string().max(10_000),
  certificate: z.string().max(100_000),
  chain: z.array(z.string().max(100_000)).max(10),
});

export interface SealContents {
  caseId: string;
  caseJson: Uint8Array;
  journalText: string;
  attachmentHashes: string[];
  exportedAt: string;
}

export interface Sealer {
  keyPem: string;
  certificateDer: Buffer;
  chainDer: Buffer[];
}

/** Who sealed a case file, as the import dialog shows it. */
export interface SealCheck {
  signed: boolean;
  signerName: string;
  fingerprint: string;
  knownAs: string | null;
  nameClash: string | null;
  /** Why the certificate cannot be relied on (expired, revoked), or null. */
  warning: string | null;
}

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

function sealOf(contents: SealContents): Seal {
  const lines = contents.journalText.split('\n').filter(Boolean);
  let head: string;
  try {
    head = lines.length ? String(JSON.parse(lines[lines.length - 1]).hash ?? '') : '';
  } catch {
    head = '';
  }
  return {
    format: 'casebook-case-seal',
    caseId: contents.caseId,
    caseSha256: sha(contents.caseJson),
    journalSha256: sha(contents.journalText),
    journalHead: head,
    journalEntries: lines.length,
    attachments: [...contents.attachmentHashes].sort(),
    exportedAt: contents.exportedAt,
  };
}

/** The signature.json for a case file. */
export function sealBundle(contents: SealContents, sealer: Sealer): Uint8Array {
  const seal = sealOf(contents);
  const sealJson = JSON.stringify(seal);
  const file = {
    seal,
    sealJson,
    signature: cryptoSign('sha256', Buffer.from(sealJson), sealer.keyPem).toString('base64'),
    certificate: sealer.certificateDer.toString('base64'),
    chain: sealer.chainDer.map((c) => c.toString('base64')),
  };
  return strToU8(JSON.stringify(file, null, 2));
}

const refuse = (key: ErrorKey, values?: ErrorValues): { ok: false; error: AppErrorShape } => ({
  ok: false,
  error: refusal('invalid_input', key, values),
});
const unsigned: SealCheck = { signed: false, signerName: '', fingerprint: '', knownAs: null, nameClash: null, warning: null };

/**
 * Checks a case file's seal against what the file holds. No seal: an older Casebook's file,
 * imported and marked unsigned. A seal that does not match, or whose signature fails: refused.
 */
export function checkSeal(
  raw: Uint8Array | undefined,
  contents: SealContents,
  trust: TrustAnchors,
): { ok: true; value: SealCheck } | { ok: false; error: AppErrorShape } {
  if (!raw) return { ok: true, value: unsigned };
  let file: z.infer<typeof sealFileSchema>;
  let x509: X509Certificate;
  try {
    file = sealFileSchema.parse(JSON.parse(strFromU8(raw)));
    x509 = new X509Certificate(Buffer.from(file.certificate, 'base64'));
  } catch {
    return refuse('sealDamaged');
  }
  if (!verifySignature('sha256', Buffer.from(file.sealJson), x509.publicKey, Buffer.from(file.signature, 'base64'))) {
    return refuse('sealMismatch');
  }
  const signed = sealSchema.parse(JSON.parse(file.sealJson));
  const actual = sealOf({ ...contents, exportedAt: signed.exportedAt });
  if (JSON.stringify(actual) !== JSON.stringify(signed)) {
    return refuse(
      actual.journalSha256 !== signed.journalSha256
        ? 'sealChangedJournal'
        : actual.caseSha256 !== signed.caseSha256
          ? 'sealChangedCase'
          : 'sealChangedFiles',
    );
  }
  const standing = standingOf(
    x509.raw,
    file.chain.map((c) => Buffer.from(c, 'base64')),
    new Date(signed.exportedAt),
    trust,
  );
  const name = /(?:^|\n)CN=([^\n]*)/.exec(x509.subject)?.[1] ?? '';
  return {
    ok: true,
    value: {
      signed: true,
      signerName: name,
      fingerprint: x509.fingerprint256,
      knownAs: standing.knownAs,
      nameClash: standing.nameClash,
      warning:
        standing.problem ??
        (standing.revoked ? `The certificate of ${name} has been revoked by the regional certificate authority.` : null),
    },
  };
}
