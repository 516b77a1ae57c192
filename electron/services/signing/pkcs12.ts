import { pbkdf2Sync } from 'node:crypto';
import forge from 'node-forge';
import { AppError } from '../../../shared/result';
import { MAC_ITERATIONS, macHashOf, withSha256Mac } from './pkcs12-mac';

const { pki, asn1, pkcs12 } = forge;

/*
 * node-forge runs PBKDF2 in JavaScript whenever the PRF is not SHA-1, so the SHA-256 key bag took
 * seconds to write and again to open (over 10 s while the machine was busy). Node's own PBKDF2
 * gives the same bytes in milliseconds; forge looks the function up at each call.
 */
const NATIVE_PRF = new Set(['sha1', 'sha256', 'sha384', 'sha512']);
const forgePbkdf2 = forge.pkcs5.pbkdf2;
forge.pkcs5.pbkdf2 = ((password: string, salt: string, iterations: number, keyLength: number, md?: unknown, callback?: unknown) => {
  const name = md && typeof md === 'object' ? (md as { algorithm?: unknown }).algorithm : undefined;
  if (typeof name === 'string' && NATIVE_PRF.has(name) && callback === undefined) {
    return pbkdf2Sync(Buffer.from(password, 'binary'), Buffer.from(salt, 'binary'), iterations, keyLength, name).toString('binary');
  }
  return (forgePbkdf2 as (...args: unknown[]) => string)(password, salt, iterations, keyLength, md, callback);
}) as typeof forge.pkcs5.pbkdf2;

/** A private key with the certificate that belongs to it, plus any chain certificates. */
export interface KeyAndCertificate {
  key: forge.pki.rsa.PrivateKey;
  cert: forge.pki.Certificate;
  chain: forge.pki.Certificate[];
  /** The file's integrity MAC is older than SHA-256 (or absent): write it again on this unlock. */
  outdated: boolean;
}

/**
 * Wraps key and certificate in a PKCS#12 protected by the passphrase: the key bag AES-256 with
 * PBKDF2-HMAC-SHA-256, the file's MAC HMAC-SHA-256 (forge writes only SHA-1 MACs, so the MAC is
 * added here).
 */
export function toPkcs12(
  key: forge.pki.rsa.PrivateKey,
  cert: forge.pki.Certificate,
  passphrase: string,
  friendlyName: string,
  chain: forge.pki.Certificate[] = [],
): Buffer {
  const p12 = pkcs12.toPkcs12Asn1(key, [cert, ...chain], passphrase, {
    algorithm: 'aes256',
    prfAlgorithm: 'sha256',
    friendlyName,
    generateLocalKeyId: true,
    count: MAC_ITERATIONS,
    useMac: false,
  } as Parameters<typeof pkcs12.toPkcs12Asn1>[3]);
  return withSha256Mac(Buffer.from(asn1.toDer(p12).getBytes(), 'binary'), passphrase);
}

const sameKey = (key: forge.pki.rsa.PrivateKey, cert: forge.pki.Certificate) => {
  const pub = cert.publicKey as forge.pki.rsa.PublicKey;
  return pub.n !== undefined && pub.n.equals(key.n) && pub.e.equals(key.e);
};

/**
 * Opens a PKCS#12 file. Distinguishes a file that is not a PKCS#12 at all from a wrong
 * passphrase, because the user fixes them differently.
 */
export function openPkcs12(bytes: Buffer, passphrase: string): KeyAndCertificate {
  let parsed: forge.asn1.Asn1;
  try {
    parsed = asn1.fromDer(forge.util.createBuffer(bytes.toString('binary')), false);
  } catch {
    throw new AppError('invalid_input', 'notPkcs12');
  }
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = pkcs12.pkcs12FromAsn1(parsed, false, passphrase);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/MAC could not be verified|Invalid password|decrypt/i.test(message)) {
      throw new AppError('forbidden', 'wrongIdentityPassphrase');
    }
    throw new AppError('invalid_input', 'notPkcs12');
  }
  const keyBags = [
    ...(p12.getBags({ bagType: pki.oids.pkcs8ShroudedKeyBag })[pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(p12.getBags({ bagType: pki.oids.keyBag })[pki.oids.keyBag] ?? []),
  ];
  const certs = (p12.getBags({ bagType: pki.oids.certBag })[pki.oids.certBag] ?? [])
    .map((bag) => bag.cert)
    .filter((cert): cert is forge.pki.Certificate => cert !== undefined);
  const key = keyBags.map((bag) => bag.key).find((k) => k !== undefined) as forge.pki.rsa.PrivateKey | undefined;
  if (!key) {
    // A wrong passphrase on an unencrypted-MAC file shows up as undecryptable bags.
    throw new AppError('forbidden', 'noPrivateKey');
  }
  if (!('n' in key)) {
    throw new AppError('unsupported', 'onlyRsaKeys');
  }
  const cert = certs.find((c) => sameKey(key, c));
  if (!cert) throw new AppError('invalid_input', 'keyWithoutCertificate');
  const mac = macHashOf(bytes);
  return { key, cert, chain: certs.filter((c) => c !== cert), outdated: mac !== 'sha256' && mac !== 'sha384' && mac !== 'sha512' };
}
