import type { SearchDoc, SearchHit, SearchKind } from '../../../shared/ipc/contracts/search';
import type { ChangeFeed, CommittedChange } from '../change-feed';
import { SearchIndex } from './search-index';

/** How one kind of record is searched: its documents, all at the first query, then one record at a time. */
export interface SearchedKind {
  kind: CommittedChange['kind'];
  /** Every record's documents, for the first build. */
  all(): Promise<{ id: string; docs: SearchDoc[] }[]>;
  /** One record's documents as they are now; [] when it is gone. */
  docs(id: string): Promise<SearchDoc[]>;
}

/** The workspace search as the handlers see it: answers include every change committed before the question. */
export interface Search {
  query(text: string, options?: { kinds?: SearchKind[]; limit?: number }): Promise<SearchHit[]>;
  /** Documents indexed (for the bench). */
  readonly size: number;
  /** Stops following changes (the workspace is closing). */
  stop(): void;
}

const docKey = (doc: SearchDoc) => `${doc.kind}:${doc.id}`;

// Compared field by field rather than as one concatenated fingerprint: on a 1 MB case that
// string was built twice for every document on every keystroke and dominated autosave.
const same = (a: SearchDoc, b: SearchDoc) => a.title === b.title && a.subtitle === b.subtitle && a.text === b.text;

/**
 * Keeps the full-text index current as a subscriber to committed changes: each change re-reads
 * its record's documents and touches only those whose text changed, so autosave while typing
 * stays cheap. Re-reads run one at a time in the order of the changes (a record already waiting
 * is not queued twice), and a query waits for them, so search never answers from before a save.
 */
export function followSearch(changes: ChangeFeed, kinds: SearchedKind[], log: (error: unknown) => void = console.error): Search {
  const index = new SearchIndex();
  const byKind = new Map(kinds.map((k) => [k.kind, k]));
  /** Per record (`case:<id>`), the documents last indexed for it. */
  const indexed = new Map<string, Map<string, SearchDoc>>();
  const waiting = new Set<string>();
  let upkeep: Promise<void> = Promise.resolve();

  const apply = (record: string, docs: SearchDoc[]) => {
    const before = indexed.get(record) ?? new Map<string, SearchDoc>();
    const after = new Map<string, SearchDoc>();
    for (const doc of docs) {
      const previous = before.get(docKey(doc));
      after.set(docKey(doc), previous && same(previous, doc) ? previous : doc);
      if (!previous || !same(previous, doc)) index.upsert(doc);
    }
    for (const [key, doc] of before) if (!after.has(key)) index.remove(doc.kind, doc.id);
    // A record that is gone also takes what hangs off it (a deleted case's plan actions).
    if (docs.length === 0) index.removeByParent(record);
    if (after.size > 0) indexed.set(record, after);
    else indexed.delete(record);
  };

  for (const searched of kinds) {
    void index.addSource({
      kind: searched.kind,
      all: async () =>
        (await searched.all()).flatMap(({ id, docs }) => {
          const record = `${searched.kind}:${id}`;
          // A change that arrived while the sources were read is newer: keep its documents.
          if (!indexed.has(record)) indexed.set(record, new Map(docs.map((doc) => [docKey(doc), doc])));
          return docs;
        }),
    });
  }

  const stop = changes.subscribe((change) => {
    const searched = byKind.get(change.kind);
    const record = `${change.kind}:${change.id}`;
    if (!searched || waiting.has(record)) return;
    waiting.add(record);
    upkeep = upkeep.then(async () => {
      waiting.delete(record);
      try {
        apply(record, await searched.docs(change.id));
      } catch (error) {
        // A follower never fails the user's save; the next change or restart re-reads the record.
        log(error);
      }
    });
  });

  return {
    query: async (text, options) => {
      await upkeep;
      return index.query(text, options);
    },
    get size() {
      return index.size;
    },
    stop,
  };
}
