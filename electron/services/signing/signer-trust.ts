import { X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { normaliseSerial, type TrustAnchors } from '../../../shared/domain/trust';
import type { ReadCrl } from './crl';
import { embeddedRevocationOf } from './embedded-revocation';

/** How the signer's certificate stands: usable at the signing time, and whom it is known as. */
export interface SignerStanding {
  /** Why the certificate cannot be relied on (expired, not for signing, broken chain); null when fine. */
  problem: string | null;
  revoked: boolean;
  /** Revoked, but only after the claimed signing time: when (ISO). Then the signature stands, with a note. */
  revokedAt: string | null;
  /** The leaf names an issuer that neither the file nor the workspace holds, so its signature could not be checked. */
  issuerUnchecked: boolean;
  /** The known signer's name, or "issued by <regional CA>"; null when unknown. */
  knownAs: string | null;
  /** A known signer with the same name or e-mail but another certificate. */
  nameClash: string | null;
  /** Revocation was judged by a list the file carries, newer than any the workspace holds: whose, dated when, past its next update. */
  embeddedList: { ca: string; thisUpdate: string; stale: boolean } | null;
  /** The revocation that counts came only from a list the file carries. */
  revokedByEmbedded: boolean;
  /** The name of a CA in whose name the file carries a list its key does not verify (ignored). */
  rejectedList: string | null;
}

const MAX_CHAIN = 6;
const day = (d: Date) => d.toISOString().slice(0, 10);
const lower = (s: string) => s.trim().toLowerCase();
const field = (x509: X509Certificate, key: string) => new RegExp(`(?:^|\\n)${key}=([^\\n]*)`).exec(x509.subject)?.[1] ?? '';

/** keyUsage, when present, must allow digital signatures or non-repudiation (content commitment). */
function allowsSigning(der: Buffer): boolean {
  try {
    const cert = new pkijs.Certificate({ schema: asn1js.fromBER(new Uint8Array(der)).result });
    const usage = cert.extensions?.find((e) => e.extnID === '2.5.29.15')?.parsedValue as asn1js.BitString | undefined;
    if (!usage) return true;
    const first = usage.valueBlock.valueHexView[0] ?? 0;
    return (first & 0xc0) !== 0;
  } catch {
    return false;
  }
}

function validAt(x509: X509Certificate, at: Date): string | null {
  const from = new Date(x509.validFrom);
  const to = new Date(x509.validTo);
  const who = field(x509, 'CN') || 'the certificate';
  if (at > to) return `The certificate of ${who} expired on ${day(to)}, before this was signed (${day(at)}).`;
  if (at < from) return `The certificate of ${who} was not yet valid when this was signed (${day(at)}; valid from ${day(from)}).`;
  return null;
}

/**
 * Walks from the signer's certificate up through the certificates the file carries and the
 * workspace's regional CAs. Each step must be a real issuer: the name and key identifiers match
 * and the issuer's key verifies the certificate's signature, and the issuer is a CA.
 */
function chainOf(
  leaf: X509Certificate,
  carried: X509Certificate[],
  anchors: X509Certificate[],
): { path: X509Certificate[]; broken: boolean; open: boolean } {
  const path = [leaf];
  let current = leaf;
  for (let depth = 0; depth < MAX_CHAIN; depth += 1) {
    // A self-issued certificate must carry its own valid signature: a rewritten name breaks it.
    // OpenSSL's checkIssued also wants keyCertSign, which a self-signed signing certificate lacks.
    if (current.subject === current.issuer || current.checkIssued(current))
      return { path, broken: !current.verify(current.publicKey), open: false };
    const candidates = [...anchors, ...carried].filter(
      (c) => c !== current && c.fingerprint256 !== current.fingerprint256 && current.checkIssued(c),
    );
    if (candidates.length === 0) return { path, broken: false, open: true };
    const issuer = candidates.find((c) => c.ca && current.verify(c.publicKey));
    if (!issuer) return { path, broken: true, open: false };
    path.push(issuer);
    current = issuer;
  }
  return { path, broken: false, open: true };
}

/**
 * Checks the signer's certificate at the signing time and looks it up in what the workspace
 * trusts. `embedded`: revocation lists the file carries; `now`: today, to judge their dates.
 */
export function standingOf(
  signerDer: Buffer,
  carriedDer: Buffer[],
  signedAt: Date,
  trust: TrustAnchors,
  embedded: ReadCrl[] = [],
  now: Date = signedAt,
): SignerStanding {
  const leaf = new X509Certificate(signerDer);
  const carried = carriedDer.flatMap((d) => {
    try {
      return [new X509Certificate(d)];
    } catch {
      return [];
    }
  });
  const cas = trust.known.filter((k) => k.kind === 'regional_ca');
  const anchors = cas.flatMap((k) => {
    try {
      return [new X509Certificate(Buffer.from(k.der, 'base64'))];
    } catch {
      return [];
    }
  });
  const { path, broken, open } = chainOf(leaf, carried, anchors);
  const standing: SignerStanding = {
    problem: null,
    revoked: false,
    revokedAt: null,
    issuerUnchecked: open && path.length === 1,
    knownAs: null,
    nameClash: null,
    embeddedList: null,
    revokedByEmbedded: false,
    rejectedList: null,
  };
  if (!allowsSigning(signerDer)) standing.problem = 'The certificate is not meant for signing documents (its key usage does not allow it).';
  if (broken) {
    standing.problem =
      path.length === 1 && leaf.subject === leaf.issuer
        ? 'The signer’s certificate has been altered: its own signature does not verify.'
        : 'The certificate chain in the file is broken: an issuer’s key does not verify the certificate below it.';
  }
  standing.problem ??= path.map((c) => validAt(c, signedAt)).find((p) => p !== null) ?? null;
  // A carried copy of a trusted CA that differs from the trusted one is an altered certificate.
  if (carried.some((c) => anchors.some((a) => a.subject === c.subject && a.fingerprint256 !== c.fingerprint256 && c.checkIssued(c)))) {
    standing.problem = 'The file carries an altered copy of a regional certificate authority’s certificate.';
  }

  const own = trust.known.find((k) => k.kind !== 'regional_ca' && k.fingerprint === leaf.fingerprint256);
  const caIndex = path.findIndex((c, i) => i > 0 && cas.some((k) => k.fingerprint === c.fingerprint256));
  if (own) standing.knownAs = own.name;
  else if (caIndex > 0) {
    const ca = cas.find((k) => k.fingerprint === path[caIndex].fingerprint256);
    standing.knownAs = `issued by ${ca?.name ?? 'a regional CA'}`;
  }
  // Revoked by any CA on the path, in a list the workspace holds or an authentic one the file carries.
  for (let i = 1; i < path.length; i += 1) {
    const ca = path[i].fingerprint256;
    const serial = normaliseSerial(path[i - 1].serialNumber);
    const carriedLists = embeddedRevocationOf(path[i], embedded, now);
    const caName = field(path[i], 'CN') || field(path[i], 'O') || 'a certificate authority';
    if (carriedLists.rejected) standing.rejectedList = caName;
    const held = trust.listDates?.[ca];
    if (carriedLists.newest && (!held || carriedLists.newest.thisUpdate > held)) {
      const { thisUpdate, nextUpdate } = carriedLists.newest;
      standing.embeddedList = { ca: caName, thisUpdate, stale: nextUpdate !== null && new Date(nextUpdate) < now };
    }
    const importedAt = (trust.revoked[ca] ?? []).includes(serial) ? (trust.revokedAt?.[ca]?.[serial] ?? '') : null;
    const carriedAt = carriedLists.revoked.get(serial) ?? null;
    if (importedAt === null && carriedAt === null) continue;
    // Two sources that disagree: the earlier date is the safer one ('' = undated, revoked always).
    const at = importedAt === null ? carriedAt : carriedAt === null ? importedAt : importedAt < carriedAt ? importedAt : carriedAt;
    // Revoked after the (claimed) signing time: the signature was made while the certificate stood.
    if (at && new Date(at) > signedAt) standing.revokedAt = at;
    else standing.revoked = true;
    if (importedAt === null) standing.revokedByEmbedded = true;
  }
  if (!standing.knownAs) {
    const name = lower(field(leaf, 'CN'));
    const email = lower(field(leaf, 'emailAddress'));
    const clash = trust.known.find(
      (k) => k.kind !== 'regional_ca' && ((name && lower(k.name) === name) || (email && lower(k.email) === email)),
    );
    standing.nameClash = clash?.name ?? null;
  }
  return standing;
}
