import { X509Certificate } from 'node:crypto';
import { checkIncomingTrustDoc, fingerprintKey, regionCaDocId, regionCrlDocId, REGION_DB } from '../../../shared/sync/docs';
import { same } from '../../../shared/sync/merge';
import { crlIssuedBy, readCrl } from '../signing/crl';
import { certificateInfo } from '../signing/trust-store';
import type { Database, PouchDoc } from './pouch';
import { author, local, type CrlOutcome, type SyncState } from './state';

/*
 * The regional CA through the regional database. Its certificate is only ever *offered*: a server
 * could push any CA, so a person compares the fingerprint with what the coordinator told them
 * and chooses to trust it. Its revocation list is taken only when a CA this workspace already
 * trusts signed it and it is newer than the one held; otherwise it is refused and never written.
 */

/** Why a CA certificate document is not what it claims (checked in the pull filter), or null. */
export function caDocRefusal(doc: PouchDoc): string | null {
  const checked = checkIncomingTrustDoc(doc);
  if (!checked.ok) return checked.reason;
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(Buffer.from(checked.der, 'base64'));
  } catch {
    return 'not a certificate';
  }
  if (!x509.ca) return 'not a certificate authority';
  if (fingerprintKey(x509.fingerprint256) !== checked.key) return 'the fingerprint does not match the id';
  return null;
}

/** A CA certificate the region offers, for the person to compare and perhaps trust. */
export interface OfferedCa {
  name: string;
  subject: string;
  fingerprint: string;
  der: string;
  sharedBy: string;
  at: string;
  trusted: boolean;
}

/** The CA certificates in the validated regional replica (each checked again here). */
export async function offeredCas(s: SyncState): Promise<OfferedCa[]> {
  if (!s.config) return [];
  const rows = await local(s, REGION_DB).allDocs({ include_docs: true, startkey: 'regionca:', endkey: 'regionca:\uffff' });
  const trusted = new Set(
    ((await s.options.trust?.list()) ?? []).filter((k) => k.kind === 'regional_ca').map((k) => k.certificate.fingerprint),
  );
  const out: OfferedCa[] = [];
  for (const row of rows.rows) {
    if (!row.doc || caDocRefusal(row.doc) !== null) continue;
    const checked = checkIncomingTrustDoc(row.doc);
    if (!checked.ok) continue;
    const info = certificateInfo(new X509Certificate(Buffer.from(checked.der, 'base64')));
    out.push({
      name: info.commonName || info.subject,
      subject: info.subject,
      fingerprint: info.fingerprint,
      der: checked.der,
      sharedBy: checked.author,
      at: checked.at,
      trusted: trusted.has(info.fingerprint),
    });
  }
  return out;
}

/**
 * Fetches the latest revocation list of each CA this workspace trusts from the server (one
 * request each; lists are never replicated, so one signed by another key is never kept) and
 * takes it into the trust store only when that CA's key verifies it and it is newer.
 */
export async function fetchRegionCrls(s: SyncState, db: Database, remote: Database): Promise<void> {
  const trust = s.options.trust;
  if (!trust) return;
  for (const ca of (await trust.list()).filter((k) => k.kind === 'regional_ca')) {
    const docId = regionCrlDocId(ca.certificate.fingerprint);
    const doc = await remote.get(docId).catch((error: { status?: number }) => {
      if (error.status === 404) return null;
      throw error;
    });
    // The coordinator's own list (only the CA's holder keeps one locally) stays the server's too:
    // a list put there by anyone else (the server itself, say) is superseded, never taken.
    const own = await db.get(docId).catch(() => null);
    if (own) {
      if (!doc || !same(doc.body, own.body)) {
        const { _rev: _ownRev, _revisions: _r, ...content } = own;
        await remote.put({ ...content, ...(doc ? { _rev: doc._rev } : {}) });
      }
      continue;
    }
    if (!doc) continue;
    s.crlOutcomes.set(docId, await takeCrl(trust, doc, Buffer.from(ca.der, 'base64'), ca.certificate.fingerprint, ca.name));
  }
  s.crlRecheck = false;
}

async function takeCrl(
  trust: NonNullable<SyncState['options']['trust']>,
  doc: PouchDoc,
  caDer: Buffer,
  caFingerprint: string,
  caName: string,
): Promise<CrlOutcome> {
  const by = typeof doc.author === 'string' ? doc.author.slice(0, 200) : '';
  const checked = checkIncomingTrustDoc(doc);
  const read = checked.ok ? readCrl(Buffer.from(checked.der, 'base64')) : null;
  const outcome = (state: CrlOutcome['state'], reason: CrlOutcome['reason']): CrlOutcome => ({
    state,
    reason,
    caName,
    number: read?.number ?? null,
    thisUpdate: read?.thisUpdate ?? null,
    author: by,
  });
  if (!read) return outcome('refused', 'not_a_crl');
  if (!crlIssuedBy(read, caDer)) return outcome('refused', 'not_signed_by_trusted_ca');
  const heldBytes = await trust.crlOf(caFingerprint);
  const held = heldBytes ? readCrl(heldBytes) : null;
  if (held) {
    if (held.der.equals(read.der)) return outcome('current', null);
    const newer =
      read.thisUpdate >= held.thisUpdate &&
      (read.number ?? 0) >= (held.number ?? 0) &&
      (read.thisUpdate > held.thisUpdate || (read.number ?? 0) > (held.number ?? 0));
    if (!newer) return outcome('refused', 'not_newer');
  }
  await trust.importRevocations(read.der);
  return outcome('accepted', null);
}

/** Puts a document into the local regional replica, on top of this workspace's earlier one. */
async function putOwn(db: Database, _id: string, type: 'regionca' | 'regioncrl', der: Buffer, by: string, at: string) {
  const current = await db.get(_id).catch(() => null);
  if (current && (current.body as { der?: string } | undefined)?.der === der.toString('base64')) return;
  await db.put({ _id, ...(current ? { _rev: current._rev } : {}), type, v: 1, author: by, at, body: { der: der.toString('base64') } });
}

/** The coordinator offers the CA certificate (and its latest CRL) to the region; sent in the next round. */
export async function publishCa(s: SyncState, caDer: Buffer, crlDer: Buffer | null) {
  const db = local(s, REGION_DB);
  const fingerprint = new X509Certificate(caDer).fingerprint256;
  const at = s.ctx.clock().toISOString();
  await putOwn(db, regionCaDocId(fingerprint), 'regionca', caDer, author(s), at);
  if (crlDer) await putOwn(db, regionCrlDocId(fingerprint), 'regioncrl', crlDer, author(s), at);
}

/** Was this CA offered to the region (its certificate is in the regional replica of a joined workspace)? */
export async function caOffered(s: SyncState, caFingerprint: string): Promise<boolean> {
  if (!s.config) return false;
  return (
    (await local(s, REGION_DB)
      .get(regionCaDocId(caFingerprint))
      .catch(() => null)) !== null
  );
}

/** A new CRL goes to the region too, once its CA was offered there from this workspace. */
export async function publishCrlIfOffered(s: SyncState, caFingerprint: string, crlDer: Buffer): Promise<boolean> {
  if (!(await caOffered(s, caFingerprint))) return false;
  await putOwn(local(s, REGION_DB), regionCrlDocId(caFingerprint), 'regioncrl', crlDer, author(s), s.ctx.clock().toISOString());
  return true;
}
