import { checkIncoming, type SharedBody } from '../../../shared/sync/docs';
import { setAtPath, type JsonValue } from '../../../shared/sync/merge';
import { SyncError } from './errors';
import { closeWithMerge, getRev } from './mirror';
import { applyRemote } from './records';
import { syncNow } from './rounds';
import { dbOf, local, type SyncState } from './state';

export type MergeChoice = 'ours' | 'theirs' | { text: string };

/**
 * Settles a same-field conflict with the person's choices (`ours`, `theirs`, or combined
 * text) and writes the result as the merged revision; the journal names both authors.
 */
export async function resolveMerge(s: SyncState, docId: string, choices: Record<string, MergeChoice>) {
  const merge = s.pending.get(docId);
  if (!merge) throw new SyncError('refused', 'conflict_gone');
  let body: SharedBody = merge.draft;
  for (const conflict of merge.conflicts) {
    const key = conflict.path.join('.');
    // Nothing is chosen for the person: a change left unchosen refuses the whole merge.
    const choice = choices[key];
    if (choice === undefined) throw new SyncError('refused', 'merge_unchosen');
    const value: JsonValue | undefined = choice === 'ours' ? conflict.ours : choice === 'theirs' ? conflict.theirs : choice.text;
    if (typeof choice === 'object' && conflict.kind === 'decision') throw new SyncError('refused', 'decision_not_combined');
    body = setAtPath(body, conflict.path, value);
  }
  const db = local(s, dbOf(merge.kind, merge.recordId));
  const cur = await getRev(db, docId, merge.oursRev);
  const other = await getRev(db, docId, merge.theirsRev);
  if (!cur || !other) throw new SyncError('refused', 'conflict_gone');
  const checked = checkIncoming({ ...cur, _id: docId, body });
  if (!checked.ok) throw new SyncError('refused', `merged_invalid:${checked.reason}`);
  await closeWithMerge(db, docId, cur, other, checked.body, merge.authors);
  s.touched.add(dbOf(merge.kind, merge.recordId));
  s.pending.delete(docId);
  await applyRemote(s, merge.kind, merge.recordId);
  return syncNow(s);
}
