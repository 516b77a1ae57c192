import { fileDocId, type SharedBody } from '../../../shared/sync/docs';
import { sha256, type Attachments } from '../cases/attachments';
import { writeChild } from './mirror';
import type { Database, PouchDoc } from './pouch';

const FILE_ID = /^file:[0-9a-f]{64}$/;

export const isFileDoc = (doc: PouchDoc): boolean => FILE_ID.test(doc._id) && doc.type === 'file';

/** The SHA-256 of every evidence file a case refers to. */
export function attachmentHashes(body: SharedBody): { sha256: string; mediaType: string }[] {
  const evidence =
    (body.assessment as { evidence?: { attachments?: { sha256: string; mediaType: string }[] }[] } | undefined)?.evidence ?? [];
  const seen = new Map<string, string>();
  for (const item of evidence) for (const a of item.attachments ?? []) seen.set(a.sha256, a.mediaType);
  return [...seen].map(([hash, mediaType]) => ({ sha256: hash, mediaType }));
}

/**
 * Each evidence file travels once, as an immutable document named by its hash with the bytes as
 * its CouchDB attachment: two assessors attaching the same photo write the same revision.
 */
export async function pushAttachments(db: Database, attachments: Attachments, body: SharedBody): Promise<void> {
  for (const { sha256: hash, mediaType } of attachmentHashes(body)) {
    const id = fileDocId(hash);
    if (
      await db.get(id).then(
        () => true,
        () => false,
      )
    )
      continue;
    if (!(await attachments.has(hash))) continue;
    const data = await attachments.read(hash);
    await writeChild(
      db,
      id,
      null,
      { type: 'file', _attachments: { content: { content_type: mediaType || 'application/octet-stream', data } } },
      hash,
    );
  }
}

/** Copies missing evidence files from the replica into the workspace, checking each hash. */
export async function fetchAttachments(db: Database, attachments: Attachments, body: SharedBody): Promise<void> {
  for (const { sha256: hash } of attachmentHashes(body)) {
    if (await attachments.has(hash)) continue;
    const bytes = await db.getAttachment(fileDocId(hash), 'content').catch(() => null);
    // A file whose bytes do not match its name is not written (a damaged or hostile copy).
    if (bytes && sha256(bytes) === hash) await attachments.put(bytes);
  }
}
