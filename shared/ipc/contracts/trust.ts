import { z } from 'zod';
import { shortText } from '../../domain/common';
import { certificateInfoSchema } from '../../domain/signing';
import { knownSignerSchema, regionalCaSummarySchema } from '../../domain/trust';
import { mutation, query } from '../define';

const base64 = z
  .string()
  .max(100_000)
  .regex(/^[A-Za-z0-9+/=]*$/);
const passphrase = z.string().min(1, 'Enter the passphrase').max(200);
const saved = z.object({ path: z.string() }).nullable();

/** A certificate read from a picked file, for the person to check its fingerprint before adding it. */
export const pickedCertificateSchema = z.object({ der: base64, certificate: certificateInfoSchema, isCa: z.boolean() });

export const memberDraftSchema = z.object({
  name: shortText.min(1, 'Give the member’s name'),
  role: shortText.default(''),
  organisation: shortText.default(''),
  email: z.email('Give a valid e-mail address').max(200),
});

/** Known signers, the user's public certificate, and the region's certificate authority. */
export const trustContract = {
  'trust:list': query(z.void(), z.array(knownSignerSchema)),
  /** Adds a certificate the person has checked (by fingerprint) with its owner. */
  'trust:add': mutation(z.object({ der: base64.min(1), kind: z.enum(['colleague', 'regional_ca']) }), z.array(knownSignerSchema)),
  'trust:remove': mutation(z.object({ fingerprint: z.string().min(1).max(200) }), z.array(knownSignerSchema)),
  /** Opens the file picker for a certificate (.cer, .crt, .pem); null when cancelled. */
  'trust:pickCertificate': mutation(z.void(), pickedCertificateSchema.nullable()),
  /** Opens the file picker for a regional CA's revocation list and applies it. */
  'trust:importRevocations': mutation(z.void(), z.object({ caName: z.string(), revoked: z.number() }).nullable()),
  /** Saves the user's own public certificate (never the key) for colleagues to import. */
  'trust:exportOwnCertificate': mutation(z.void(), saved),

  'region:status': query(z.void(), regionalCaSummarySchema.nullable()),
  'region:create': mutation(
    z.object({
      name: shortText.min(1, 'Name the certificate authority'),
      organisation: shortText.default(''),
      passphrase: z.string().min(12, 'Use a passphrase of at least 12 characters').max(200),
    }),
    regionalCaSummarySchema,
  ),
  /** Issues a member's signing certificate and saves it as a passphrase-protected .p12. */
  'region:issue': mutation(
    z.object({
      member: memberDraftSchema,
      p12Passphrase: z.string().min(8, 'Use a passphrase of at least 8 characters').max(200),
      caPassphrase: passphrase,
    }),
    z.object({ summary: regionalCaSummarySchema, path: z.string().nullable() }),
  ),
  'region:exportCertificate': mutation(z.void(), saved),
  /**
   * Revokes a member's certificate. Once the CA is offered to the region the CA passphrase is
   * needed: revoking then signs a new CRL and sends it to the region in the same step.
   */
  'region:revoke': mutation(
    z.object({ serialNumber: z.string().min(1).max(80), caPassphrase: passphrase.optional() }),
    regionalCaSummarySchema,
  ),
  'region:exportRevocations': mutation(z.object({ caPassphrase: passphrase }), saved),
  /** Offers the CA certificate and a fresh CRL to the region's members (they choose to trust it). */
  'region:publish': mutation(z.object({ caPassphrase: passphrase }), z.object({ published: z.literal(true) })),
};
