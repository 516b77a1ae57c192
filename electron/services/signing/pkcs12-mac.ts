import { createHash, createHmac, randomBytes } from 'node:crypto';
import forge from 'node-forge';

/*
 * The integrity MAC of a PKCS#12 file (RFC 7292 §4, MacData). node-forge writes it only with
 * SHA-1; Casebook writes HMAC-SHA-256 with a key from the PKCS#12 KDF (RFC 7292 appendix B) over
 * SHA-256, which OpenSSL ("MAC: sha256"), NSS, Windows and Java all read. (PBMAC1, RFC 9579, is not
 * used: OpenSSL before 3.4 cannot open such a file at all.)
 */

const { asn1 } = forge;
const { Class, Type } = asn1;

const HASHES: Record<string, { name: string; bytes: number; block: number }> = {
  '1.3.14.3.2.26': { name: 'sha1', bytes: 20, block: 64 },
  '2.16.840.1.101.3.4.2.1': { name: 'sha256', bytes: 32, block: 64 },
  '2.16.840.1.101.3.4.2.2': { name: 'sha384', bytes: 48, block: 128 },
  '2.16.840.1.101.3.4.2.3': { name: 'sha512', bytes: 64, block: 128 },
};
const SHA256_OID = '2.16.840.1.101.3.4.2.1';
export const MAC_ITERATIONS = 20_000;

/** The passphrase as PKCS#12 wants it: UTF-16 big-endian with a two-byte terminator (as OpenSSL and forge encode it). */
function bmpPassword(passphrase: string): Buffer {
  const out = Buffer.alloc(passphrase.length * 2 + 2);
  for (let i = 0; i < passphrase.length; i += 1) out.writeUInt16BE(passphrase.charCodeAt(i), i * 2);
  return out;
}

const repeatTo = (bytes: Buffer, length: number) => {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) out[i] = bytes[i % bytes.length];
  return out;
};

/** RFC 7292 B.2: derives `size` bytes for purpose `id` (3 = MAC key) from passphrase and salt. */
export function pkcs12Kdf(passphrase: string, salt: Buffer, id: number, iterations: number, size: number, hash: string): Buffer {
  const spec = Object.values(HASHES).find((h) => h.name === hash);
  if (!spec) throw new Error(`unsupported hash ${hash}`);
  const v = spec.block;
  const fill = (b: Buffer) => (b.length === 0 ? Buffer.alloc(0) : repeatTo(b, v * Math.ceil(b.length / v)));
  const d = Buffer.alloc(v, id);
  const i = Buffer.concat([fill(salt), fill(bmpPassword(passphrase))]);
  const out: Buffer[] = [];
  for (let produced = 0; produced < size; produced += spec.bytes) {
    let a = createHash(hash).update(d).update(i).digest();
    for (let r = 1; r < iterations; r += 1) a = createHash(hash).update(a).digest();
    out.push(a);
    // I_j = (I_j + B + 1) mod 2^(8v) for every v-byte block of I.
    const b = repeatTo(a, v);
    for (let j = 0; j < i.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k -= 1) {
        const sum = i[j + k] + b[k] + carry;
        i[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(out).subarray(0, size);
}

interface Pfx {
  nodes: forge.asn1.Asn1[];
  /** The bytes the MAC covers: the content of the authSafe's data OCTET STRING. */
  authSafe: Buffer;
  mac: { hash: string; digest: Buffer; salt: Buffer; iterations: number } | null;
}

const oidOf = (node: forge.asn1.Asn1) => asn1.derToOid(node.value as string);
const bytesOf = (node: forge.asn1.Asn1) => Buffer.from(node.value as string, 'binary');

/** The parts of a PFX the MAC concerns; null when the bytes are not a PFX with data content. */
function readPfx(der: Buffer): Pfx | null {
  try {
    const top = asn1.fromDer(forge.util.createBuffer(der.toString('binary')), false);
    const nodes = top.value as forge.asn1.Asn1[];
    const contentInfo = nodes[1].value as forge.asn1.Asn1[];
    if (oidOf(contentInfo[0]) !== forge.pki.oids.data) return null;
    const octets = (contentInfo[1].value as forge.asn1.Asn1[])[0];
    // A BER constructed OCTET STRING holds its content in pieces.
    const authSafe = octets.constructed ? Buffer.concat((octets.value as forge.asn1.Asn1[]).map(bytesOf)) : bytesOf(octets);
    let mac: Pfx['mac'] = null;
    if (nodes[2]) {
      const [digestInfo, salt, iterations] = nodes[2].value as forge.asn1.Asn1[];
      const [algorithm, digest] = digestInfo.value as forge.asn1.Asn1[];
      const hash = HASHES[oidOf((algorithm.value as forge.asn1.Asn1[])[0])];
      mac = {
        hash: hash?.name ?? 'unknown',
        digest: bytesOf(digest),
        salt: bytesOf(salt),
        iterations: iterations ? parseInt(forge.util.bytesToHex(iterations.value as string), 16) : 1,
      };
    }
    return { nodes, authSafe, mac };
  } catch {
    return null;
  }
}

/** Which hash the file's MAC uses ('none' without a MAC); null when it is not a PFX. */
export function macHashOf(der: Buffer): string | null {
  const pfx = readPfx(der);
  return pfx ? (pfx.mac?.hash ?? 'none') : null;
}

const integer = (n: number) => asn1.create(Class.UNIVERSAL, Type.INTEGER, false, asn1.integerToDer(n).getBytes());

/** The same PFX with its MAC (re)computed with HMAC-SHA-256 over the unchanged authSafe. */
export function withSha256Mac(der: Buffer, passphrase: string, iterations = MAC_ITERATIONS): Buffer {
  const pfx = readPfx(der);
  if (!pfx) throw new Error('not a PKCS#12 file');
  const salt = randomBytes(16);
  const key = pkcs12Kdf(passphrase, salt, 3, iterations, 32, 'sha256');
  const mac = createHmac('sha256', key).update(pfx.authSafe).digest();
  const macData = asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, [
    asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, [
      asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, [
        asn1.create(Class.UNIVERSAL, Type.OID, false, asn1.oidToDer(SHA256_OID).getBytes()),
        asn1.create(Class.UNIVERSAL, Type.NULL, false, ''),
      ]),
      asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, mac.toString('binary')),
    ]),
    asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, salt.toString('binary')),
    integer(iterations),
  ]);
  const pfxNode = asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, [pfx.nodes[0], pfx.nodes[1], macData]);
  return Buffer.from(asn1.toDer(pfxNode).getBytes(), 'binary');
}
