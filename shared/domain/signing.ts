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

export const signatureVerdicts = ['valid', 'modified', 'invalid', 'unsigned'] as const;

/** One signature in a PDF, checked: did the signer sign these bytes, and were they changed since? */
export const signatureReportSchema = z.object({
  verdict: z.enum(signatureVerdicts),
  signerName: z.string(),
  /** From the signature dictionary (/M), ISO; null when absent. */
  signedAt: z.string().nullable(),
  reason: z.string(),
  subFilter: z.string(),
  certificate: certificateInfoSchema.nullable(),
  /** The digest of the signed byte ranges equals the one the signer signed. */
  digestMatches: z.boolean(),
  /** The RSA signature over the signed attributes checks out with the certificate's key. */
  signatureMatches: z.boolean(),
  /** The signed ranges cover the whole file: nothing was appended after signing. */
  coversWholeDocument: z.boolean(),
  /** What a person needs to read, in one sentence. */
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
