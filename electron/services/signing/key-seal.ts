import { createCipheriv, createDecipheriv, createPrivateKey, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';

/*
 * A private key at rest: PKCS#8 encrypted with AES-256-GCM under a key derived from the
 * passphrase with scrypt (N = 2^17, r = 8, p = 1, OWASP's figures). Node's own PEM encryption
 * uses PBKDF2 with 2,048 iterations and cannot be told to use more.
 */

export const sealedKeySchema = z.object({
  kdf: z.literal('scrypt'),
  N: z.number().int(),
  r: z.number().int(),
  p: z.number().int(),
  salt: z.string(),
  iv: z.string(),
  tag: z.string(),
  data: z.string(),
});
export type SealedKey = z.infer<typeof sealedKeySchema>;

const PARAMS = { N: 2 ** 17, r: 8, p: 1 };
/** scrypt needs 128·N·r bytes; leave room above that. */
const maxmem = (N: number, r: number) => 256 * N * r;

function derive(passphrase: string, salt: Buffer, { N, r, p }: { N: number; r: number; p: number }) {
  if (N > 2 ** 20 || r > 16 || p > 4) throw new Error('scrypt parameters out of range');
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: maxmem(N, r) });
}

/** Seals a PEM private key with the passphrase. */
export function sealKey(keyPem: string, passphrase: string): SealedKey {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(passphrase, salt, PARAMS), iv);
  const der = createPrivateKey(keyPem).export({ type: 'pkcs8', format: 'der' });
  const data = Buffer.concat([cipher.update(der), cipher.final()]);
  return {
    kdf: 'scrypt',
    ...PARAMS,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/** The key as PKCS#1 PEM, or null when the passphrase is wrong (the GCM tag does not hold). */
export function openSealedKey(sealed: SealedKey, passphrase: string): string | null {
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      derive(passphrase, Buffer.from(sealed.salt, 'base64'), sealed),
      Buffer.from(sealed.iv, 'base64'),
    );
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const der = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).export({ type: 'pkcs1', format: 'pem' }).toString();
  } catch {
    return null;
  }
}
