import {
  checkIncoming,
  checkIncomingIssue,
  checkIncomingSharedCase,
  docIdOf,
  MAX_REGION_DOC_BYTES,
  type SharedKind,
} from '../../../shared/sync/docs';
import { fetchAttachments, isFileDoc, pushAttachments } from './files';
import { pushBody, readBase, resolveConflicts, writeBase } from './mirror';
import { caDocRefusal } from './region-trust';
import type { PouchDoc } from './pouch';
import { author, dbOf, local, type SyncState } from './state';

/** Records the workspace's content of one shared record in its local replica. */
export async function pushLocal(s: SyncState, kind: SharedKind, id: string) {
  const port = s.ctx.recordPorts[kind];
  const body = await port?.get(id);
  const revision = await port?.revision(id);
  if (!port || !body || revision == null) return;
  const db = local(s, dbOf(kind, id));
  await pushBody(db, kind, body, revision, author(s), s.ctx.clock().toISOString());
  if (kind === 'case') await pushAttachments(db, s.attachments, body);
}

/** Brings the agreed revision of one record into the workspace, if it is new to it. */
export async function applyRemote(s: SyncState, kind: SharedKind, id: string) {
  const db = local(s, dbOf(kind, id));
  const docId = docIdOf(kind, id);
  const resolution = await resolveConflicts(db, docId);
  if (resolution.state === 'pending') {
    s.pending.set(docId, resolution.pending);
    return;
  }
  s.pending.delete(docId);
  const winner = await db.get(docId).catch(() => null);
  if (!winner) return;
  const base = await readBase(db, docId);
  if (base?.rev === winner._rev) return;
  const port = s.ctx.recordPorts[kind]!;
  const localRevision = await port.revision(id);
  // Synced here before and gone now: the person deleted their copy. It is never brought back;
  // this workspace stops sharing it after the round (the others keep theirs).
  if (localRevision === null && base) {
    s.gone.add(docId);
    return;
  }
  // The person changed it since the last push: that change is pushed (and merged) next round.
  if (localRevision !== null && base && localRevision !== base.localRevision) return;
  const checked = checkIncoming(winner);
  if (!checked.ok) {
    s.refused.set(docId, checked.reason);
    return;
  }
  if (kind === 'case') await fetchAttachments(db, s.attachments, checked.body);
  const merged = Array.isArray(winner.mergedFrom) ? (winner.mergedFrom as string[]) : null;
  const note = merged
    ? { kind: 'sync.merged', summary: `Merged the changes of ${merged.join(' and ')}`, details: { authors: merged } }
    : { kind: 'sync.received', summary: `Changes by ${checked.author} received from the region`, details: { author: checked.author } };
  const written = await port.write(id, checked.body, localRevision, note);
  if (written !== null) s.received++;
  if (written !== null) await writeBase(db, docId, { rev: String(winner._rev), localRevision: written });
}

/** Why a document from the server may not reach the local replica at all, or null. */
function whyRefused(doc: PouchDoc, shapeChecked = false): string | null {
  // Only an evidence file carries bytes; anything else with attachments (a giant one, say) is not ours.
  if (doc._attachments && Object.keys(doc._attachments).length > 0) return 'attachments are allowed on evidence files only';
  if (JSON.stringify(doc).length > MAX_REGION_DOC_BYTES) return 'the document is too large';
  if (shapeChecked) return null;
  const checked = doc._id.startsWith('issue:')
    ? checkIncomingIssue(doc)
    : doc._id.startsWith('sharedcase:')
      ? checkIncomingSharedCase(doc)
      : checkIncoming(doc);
  return checked.ok ? null : checked.reason;
}

/** The pull filter: a document the local schemas refuse never reaches the local replica. */
export function isRefusedHere(s: SyncState, doc: PouchDoc): boolean {
  if (doc._id.startsWith('_design/')) return true;
  if (doc._deleted) return false;
  if (isFileDoc(doc)) return false;
  // Revocation lists are fetched one by one for the CAs trusted here (region-trust), never replicated.
  if (doc._id.startsWith('regioncrl:')) return true;
  const reason = doc._id.startsWith('regionca:') ? (whyRefused(doc, true) ?? caDocRefusal(doc)) : whyRefused(doc);
  if (reason) s.refused.set(doc._id, reason);
  return reason !== null;
}
