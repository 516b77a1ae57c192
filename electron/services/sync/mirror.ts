import { createHash } from 'node:crypto';
import { mergePolicies, type SharedBody, type SharedDoc, type SharedKind } from '../../../shared/sync/docs';
import { mergeThreeWay, same, type MergeConflict } from '../../../shared/sync/merge';
import type { Database, PouchDoc } from './pouch';

/**
 * The local replica of one database, as a CouchDB replica of its own: a change to a shared record
 * becomes a new revision on top of the revision the workspace last matched (its "base"), so two
 * people's offline edits become two branches of one revision tree, exactly as CouchDB keeps them.
 * Revision ids are derived from parent and content, so replicas that make the same merge make
 * the same revision and converge instead of conflicting again.
 */

/** What the workspace record last matched: a revision in the tree and the local revision then. */
export interface Base {
  rev: string;
  localRevision: number;
}

const baseId = (docId: string) => `_local/base:${docId}`;

export async function readBase(db: Database, docId: string): Promise<Base | null> {
  try {
    const doc = await db.get(baseId(docId));
    return { rev: String(doc.rev), localRevision: Number(doc.localRevision) };
  } catch {
    return null;
  }
}

/** Forgets what the workspace last matched (a record joined again after this copy was deleted). */
export async function clearBase(db: Database, docId: string): Promise<void> {
  const doc = await db.get(baseId(docId)).catch(() => null);
  // _local documents are removed by writing them deleted.
  if (doc) await db.put({ _id: doc._id, _rev: doc._rev, _deleted: true });
}

export async function writeBase(db: Database, docId: string, base: Base): Promise<void> {
  let _rev: string | undefined;
  try {
    _rev = (await db.get(baseId(docId)))._rev;
  } catch {
    _rev = undefined;
  }
  await db.put({ _id: baseId(docId), _rev, ...base });
}

const hash = (value: unknown) => createHash('md5').update(JSON.stringify(value)).digest('hex');
const genOf = (rev: string) => Number(rev.slice(0, rev.indexOf('-')));
const chain = (doc: PouchDoc): string[] =>
  doc._revisions ? doc._revisions.ids.map((h, i) => `${doc._revisions!.start - i}-${h}`) : [String(doc._rev)];

/** Writes `content` as a child of `parent` (null: a first revision) with a content-derived id. */
export async function writeChild(
  db: Database,
  docId: string,
  parent: PouchDoc | null,
  content: Omit<PouchDoc, '_id'>,
  contentKey?: string,
): Promise<string> {
  const ids = parent ? (parent._revisions?.ids ?? [String(parent._rev).split('-')[1]]) : [];
  const gen = parent ? genOf(String(parent._rev)) + 1 : 1;
  const own = hash({ parent: parent?._rev ?? null, content: contentKey ?? content });
  const rev = `${gen}-${own}`;
  const [result] = await db.bulkDocs([{ ...content, _id: docId, _rev: rev, _revisions: { start: gen, ids: [own, ...ids] } }], {
    new_edits: false,
  });
  if (result?.error) throw new Error(`Could not write ${docId}: ${result.reason ?? String(result.error)}`);
  return rev;
}

export async function getRev(db: Database, docId: string, rev: string): Promise<PouchDoc | null> {
  try {
    return await db.get(docId, { rev, revs: true });
  } catch {
    return null;
  }
}

/**
 * Records the workspace's current content as a revision. Returns true when something new was
 * written. A second call with the same base and content writes the same revision (a no-op), so
 * a crash between this and writeBase duplicates nothing.
 */
export async function pushBody(
  db: Database,
  kind: SharedKind,
  body: SharedBody,
  localRevision: number,
  author: string,
  at: string,
): Promise<boolean> {
  const docId = `${kind}:${body.id}`;
  const base = await readBase(db, docId);
  const parent = base ? await getRev(db, docId, base.rev) : null;
  if (parent && same(parent.body, body)) {
    if (base!.localRevision !== localRevision) await writeBase(db, docId, { rev: base!.rev, localRevision });
    return false;
  }
  if (!base) {
    // Joined a record that is already here (or crashed before its base was kept): adopt it when equal.
    const current = await db.get(docId).catch(() => null);
    if (current && same(current.body, body)) {
      await writeBase(db, docId, { rev: String(current._rev), localRevision });
      return false;
    }
  }
  const content = { type: kind, v: 1, author, at, body } satisfies Omit<SharedDoc, '_id'>;
  const rev = await writeChild(db, docId, parent, content);
  await writeBase(db, docId, { rev, localRevision });
  return true;
}

/** A same-field conflict waiting for a person: both versions and their authors. */
export interface PendingMerge {
  docId: string;
  kind: SharedKind;
  recordId: string;
  oursRev: string;
  theirsRev: string;
  authors: [string, string];
  /** Who wrote each side: the winning revision ("ours" in the draft) and the other one. */
  oursAuthor: string;
  theirsAuthor: string;
  conflicts: MergeConflict[];
  /** Everything that did merge; the conflicts' paths hold "ours" until chosen. */
  draft: SharedBody;
}

export type Resolution = { state: 'clean' } | { state: 'merged'; authors: string[] } | { state: 'pending'; pending: PendingMerge };

/**
 * Folds every conflicting leaf of `docId` into the winning one, three-way against their common
 * ancestor. Clean merges are written (merged revision on the winner, the other leaf closed);
 * a conflict that needs a person is returned and nothing is written.
 */
export async function resolveConflicts(db: Database, docId: string): Promise<Resolution> {
  const winner = await db.get(docId, { conflicts: true }).catch(() => null);
  if (!winner || !winner._conflicts?.length) return { state: 'clean' };
  const authors = new Set<string>();
  for (const otherRev of [...winner._conflicts].sort()) {
    const cur = (await db.get(docId, { conflicts: true, revs: true }))!;
    const other = await getRev(db, docId, otherRev);
    if (!other) continue;
    const kind = cur.type as SharedKind;
    const base = await commonBase(db, docId, cur, other);
    const { merged, conflicts } = mergeThreeWay(base, cur.body as SharedBody, other.body as SharedBody, mergePolicies[kind]);
    const pair = [String(cur.author), String(other.author)].sort() as [string, string];
    if (conflicts.length > 0) {
      return {
        state: 'pending',
        pending: {
          docId,
          kind,
          recordId: String((cur.body as SharedBody).id),
          oursRev: String(cur._rev),
          theirsRev: otherRev,
          authors: pair,
          oursAuthor: String(cur.author),
          theirsAuthor: String(other.author),
          conflicts,
          draft: merged,
        },
      };
    }
    await closeWithMerge(db, docId, cur, other, merged, pair);
    for (const a of pair) authors.add(a);
  }
  return { state: 'merged', authors: [...authors] };
}

/**
 * What `cur` and `other` last agreed on, for the three-way merge. A merge revision descends from
 * the revision it merged in (its `mergedRevs`) as well as from its parent, so the history is a
 * graph, and the best common ancestors are the common ones that no other common one descends
 * from. Generation numbers are no guide across branches (a side branch merged in can be shorter
 * and still newer), so the walk stops only at the plain common ancestor of the two chains and at
 * what that descends from. When two best ancestors remain (criss-cross merges), they are merged
 * into one virtual ancestor over the plain one, as git's recursive merge does.
 */
async function commonBase(db: Database, docId: string, cur: PouchDoc, other: PouchDoc): Promise<SharedBody | undefined> {
  const plainOther = new Set(chain(other));
  const floor = chain(cur).find((rev) => plainOther.has(rev));
  const floorDoc = floor ? await getRev(db, docId, floor) : null;
  const belowFloor = new Set(floorDoc ? chain(floorDoc).slice(1) : []);
  const bodies = new Map<string, PouchDoc | null>();
  const read = async (rev: string): Promise<PouchDoc | null> => {
    if (!bodies.has(rev)) bodies.set(rev, await getRev(db, docId, rev));
    return bodies.get(rev)!;
  };
  const ancestors = async (start: PouchDoc): Promise<Set<string>> => {
    const seen = new Set<string>();
    const todo: PouchDoc[] = [start];
    while (todo.length > 0) {
      const doc = todo.pop()!;
      for (const rev of chain(doc)) {
        if (seen.has(rev) || belowFloor.has(rev)) break;
        seen.add(rev);
        const body = rev === doc._rev ? doc : await read(rev);
        for (const mergedRev of (body?.mergedRevs as string[] | undefined) ?? []) {
          const mergedDoc = seen.has(mergedRev) ? null : await read(mergedRev);
          if (mergedDoc) todo.push(mergedDoc);
          else seen.add(mergedRev);
        }
      }
    }
    return seen;
  };
  const ours = await ancestors(cur);
  const theirs = await ancestors(other);
  // Newest first by generation only to make the pruning below cheap: usually one walk settles it.
  const common = [...ours].filter((rev) => theirs.has(rev)).sort((x, y) => genOf(y) - genOf(x) || (x < y ? 1 : -1));
  const best: string[] = [];
  const dominated = new Set<string>();
  for (const rev of common) {
    if (dominated.has(rev)) continue;
    const doc = await read(rev);
    if (!doc) continue;
    const below = await ancestors(doc);
    below.delete(rev);
    for (const r of below) dominated.add(r);
    for (let i = best.length - 1; i >= 0; i--) if (below.has(best[i]!)) best.splice(i, 1);
    best.push(rev);
  }
  const floorBody = floorDoc?.body as SharedBody | undefined;
  if (best.length === 0) return floorBody;
  const first = (await read(best[0]!))!.body as SharedBody;
  let virtual = first;
  for (const rev of best.slice(1)) virtual = mergeThreeWay(floorBody, virtual, (await read(rev))!.body as SharedBody).merged;
  return virtual;
}

/** Writes `merged` on top of `cur` and closes the `other` branch (both with derived revision ids). */
export async function closeWithMerge(
  db: Database,
  docId: string,
  cur: PouchDoc,
  other: PouchDoc,
  merged: SharedBody,
  authors: string[],
): Promise<void> {
  const at = [String(cur.at), String(other.at)].sort()[1];
  const author = [...new Set(authors)].sort().join(' & ').slice(0, 200);
  // mergedRevs is the merge's second parent, which a CouchDB revision tree cannot hold: without it
  // the next merge would take an older ancestor and see the other side's merged edits as its own.
  await writeChild(db, docId, cur, {
    type: cur.type,
    v: 1,
    author,
    at,
    body: merged,
    mergedFrom: [...new Set(authors)].sort(),
    mergedRevs: [String(other._rev)],
  });
  await writeChild(db, docId, other, { _deleted: true });
}
