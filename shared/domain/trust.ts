import { z } from 'zod';
import { certificateInfoSchema } from './signing';

/**
 * Whom this workspace knows. `own`: an identity of the user's. `colleague`: a certificate
 * imported from its owner after checking the fingerprint. `regional_ca`: a regional
 * certificate authority; every certificate it issued is known.
 */
export const knownSignerKinds = ['own', 'colleague', 'regional_ca'] as const;
export type KnownSignerKind = (typeof knownSignerKinds)[number];

export const knownSignerSchema = z.object({
  kind: z.enum(knownSignerKinds),
  /** The certificate's common name, as people call the signer. */
  name: z.string(),
  certificate: certificateInfoSchema,
  /** The DER certificate, base64. */
  der: z.string(),
  addedAt: z.string(),
});
export type KnownSigner = z.infer<typeof knownSignerSchema>;

/** A regional CA's revocation list, signed with the CA's key so nobody else can forge or trim it. */
export const revocationListSchema = z.object({
  format: z.literal('casebook-revocations'),
  /** SHA-256 fingerprint of the CA certificate, hex with colons. */
  caFingerprint: z.string(),
  issuedAt: z.string(),
  revoked: z.array(z.object({ serialNumber: z.string(), name: z.string(), revokedAt: z.string() })).max(100_000),
  /** base64 signature over the list without this field (JSON, keys in this order). */
  signature: z.string(),
});
export type RevocationList = z.infer<typeof revocationListSchema>;

/** What the verifier needs to say who signed: the known certificates and revoked serials per CA. */
export interface TrustAnchors {
  known: { kind: KnownSignerKind; name: string; der: string; fingerprint: string; email: string }[];
  /** CA fingerprint → revoked serial numbers (upper-case hex without leading zeros). */
  revoked: Record<string, string[]>;
  /** CA fingerprint → serial → when it was revoked (ISO); a serial without a date counts as revoked always. */
  revokedAt?: Record<string, Record<string, string>>;
  /** CA fingerprint → when the newest revocation list the workspace holds was issued (ISO); the coordinator's own CA is current. */
  listDates?: Record<string, string>;
}

export const emptyTrust: TrustAnchors = { known: [], revoked: {} };

/** A certificate the regional CA issued, as the coordinator's register shows it. */
export const issuedCertificateSchema = z.object({
  name: z.string(),
  email: z.string(),
  role: z.string(),
  serialNumber: z.string(),
  fingerprint: z.string(),
  issuedAt: z.string(),
  validTo: z.string(),
  revokedAt: z.string().nullable(),
});
export type IssuedCertificate = z.infer<typeof issuedCertificateSchema>;

/** The regional CA as anyone may see it: never its key. */
export const regionalCaSummarySchema = z.object({
  name: z.string(),
  certificate: certificateInfoSchema,
  issued: z.array(issuedCertificateSchema),
  /** The CA was offered to the region from this workspace: revoking then signs and sends a new CRL at once. */
  offeredToRegion: z.boolean().optional(),
});
export type RegionalCaSummary = z.infer<typeof regionalCaSummarySchema>;

/** Serial numbers compare as numbers: upper-case hex without leading zeros. */
export const normaliseSerial = (serial: string) =>
  serial
    .replace(/[^0-9a-f]/gi, '')
    .replace(/^0+/, '')
    .toUpperCase() || '0';
