import { z } from 'zod';
import { shortText } from './common';

/** Who a new signing identity is issued to; becomes the certificate's subject. */
export const identityDraftSchema = z.object({
  name: shortText.min(1, 'Give the name to sign with'),
  role: shortText.default(''),
  organisation: shortText.default(''),
  email: z.email('Give a valid e-mail address').max(200),
  passphrase: z.string().min(8, 'Use a passphrase of at least 8 characters').max(200),
});
export type IdentityDraft = z.input<typeof identityDraftSchema>;

/** What anyone may know about the identity: never the key. */
export const identitySummarySchema = z.object({
  name: z.string(),
  email: z.string(),
  organisation: z.string(),
  role: z.string(),
  subject: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  /** SHA-256 of the DER certificate, hex with colons. */
  fingerprint: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  source: z.enum(['created', 'imported']),
});
export type IdentitySummary = z.infer<typeof identitySummarySchema>;

/** Whether a signing identity exists in the workspace and is unlocked for this session. */
export const identityStatusSchema = z.object({
  exists: z.boolean(),
  unlocked: z.boolean(),
  identity: identitySummarySchema.nullable(),
});
export type IdentityStatus = z.infer<typeof identityStatusSchema>;

/** A certificate as a person reads it. */
export const certificateInfoSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  commonName: z.string(),
  email: z.string(),
  serialNumber: z.string(),
  fingerprint: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  selfIssued: z.boolean(),
});
export type CertificateInfo = z.infer<typeof certificateInfoSchema>;

/**
 * What a signature says, most serious first. `known`: a known signer, nothing changed since.
 * `unknown_signer`: mathematically sound, but by a certificate this workspace does not know.
 * `added_after`: the signed revision is intact, later revisions added things (see additions).
 * `modified`: the signed bytes themselves changed. `damaged`: the signature value or its data is
 * broken. `unsupported`: a form Casebook cannot check. `certificate_invalid`: expired, not yet
 * valid, not for signing, or a broken chain. `revoked`: on a revocation list the workspace trusts.
 */
export const signatureVerdicts = [
  'known',
  'unknown_signer',
  'added_after',
  'modified',
  'damaged',
  'unsupported',
  'certificate_invalid',
  'revoked',
  'unsigned',
] as const;
export type SignatureVerdict = (typeof signatureVerdicts)[number];

/**
 * What later revisions changed, by what a reader sees: annotations, filled-in form fields, a
 * further signature, an empty signature field, revocation data (DSS), content the signer did not
 * sign (the pages, what they show or run), or data Casebook cannot read.
 */
export const additionKinds = ['annotations', 'form_fill', 'signature', 'signature_field', 'dss', 'content', 'unreadable'] as const;

/**
 * Remarks a person needs beside the verdict. `time_claimed`: the signing time is what the
 * signer's computer wrote (no trusted timestamp). `time_in_future`: that time is later than now.
 * `expired_since`: the certificate has expired since (on `date`). `revoked_after_signing`: the
 * certificate was revoked on `date`, after the claimed signing time. `issuer_unchecked`: the
 * certificate names an issuer whose certificate the file does not carry.
 */
export const signatureNoteKinds = [
  'time_claimed',
  'time_in_future',
  'expired_since',
  'revoked_after_signing',
  'issuer_unchecked',
  // Revocation judged by a list the file carries (newer than any the workspace holds); such a list past its next update; one ignored as not the CA's.
  'revocation_embedded',
  'revocation_embedded_stale',
  'revocation_list_rejected',
  // A trusted timestamp gave the time; one from an authority the workspace does not know; one that does not fit the signature.
  'time_stamped',
  'time_stamp_untrusted',
  'time_stamp_invalid',
] as const;
/** `detail`: the authority's name (CA or timestamp authority) where the note names one. */
export const signatureNoteSchema = z.object({
  kind: z.enum(signatureNoteKinds),
  date: z.string().nullable(),
  detail: z.string().nullable().optional(),
});
export type SignatureNote = z.infer<typeof signatureNoteSchema>;

/** One signature in a PDF, checked: did the signer sign these bytes, were they changed since, and do we know the signer? */
export const signatureReportSchema = z.object({
  verdict: z.enum(signatureVerdicts),
  signerName: z.string(),
  /** From the signature dictionary (/M), ISO; null when absent. */
  signedAt: z.string().nullable(),
  reason: z.string(),
  subFilter: z.string(),
  certificate: certificateInfoSchema.nullable(),
  /** The DER certificate, base64, so the person can add it to their known signers after checking it. */
  certificateDer: z.string().nullable(),
  /** The digest of the signed byte ranges equals the one the signer signed. */
  digestMatches: z.boolean(),
  /** The signature over the signed attributes checks out with the certificate's key. */
  signatureMatches: z.boolean(),
  /** The signed ranges cover the whole file: nothing was appended after signing. */
  coversWholeDocument: z.boolean(),
  /** How this workspace knows the signer: their own name in the known-signers list, or the regional CA that issued them. */
  knownAs: z.string().nullable(),
  /** A known signer with the same name or e-mail but a different certificate: a warning, not an identity. */
  nameClash: z.string().nullable(),
  /** Which revision of the file was signed, of how many. */
  revision: z.object({ signed: z.number().int(), total: z.number().int() }),
  additions: z.array(z.enum(additionKinds)),
  notes: z.array(signatureNoteSchema),
  /** What a person needs to read, in one or two sentences. */
  message: z.string(),
});
export type SignatureReport = z.infer<typeof signatureReportSchema>;

/** Every signature found in a PDF, with the file's own SHA-256. */
export const verificationReportSchema = z.object({
  fileName: z.string(),
  sha256: z.string(),
  byteLength: z.number(),
  signatures: z.array(signatureReportSchema),
});
export type VerificationReport = z.infer<typeof verificationReportSchema>;
