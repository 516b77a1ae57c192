import MiniSearch, { type Options } from 'minisearch';
import type { SearchDoc, SearchHit, SearchKind } from '../../../shared/ipc/contracts/search';
import { documentTable, rankTop, type DocumentTable, type RankedMatch } from './scoring';

/** Feeds the index: everything of one kind at start-up; changes come through upsert/remove. */
export interface SearchSource {
  kind: string;
  all(): Promise<SearchDoc[]>;
}

const keyOf = (kind: string, id: string) => `${kind}:${id}`;

/** Documents indexed between two turns of the event loop while the index is first built. */
export const BUILD_CHUNK = 500;

/** Shortest word length that is matched with a typo. */
const FUZZY_FROM = 5;
/** How many words a typed prefix stands for at most (the shortest ones, see CappedMiniSearch). */
export const MAX_COMPLETIONS = 24;

/**
 * A short prefix stands for hundreds of words ("tr" → trade, train, training, transport…), and
 * MiniSearch scores every document holding any of them: over 50,000 notes a two- or three-letter
 * prefix took 0.3–1 s of CPU, blocking the main process (and saves) while someone starts typing.
 * Here a prefix stands for its MAX_COMPLETIONS shortest words, the ones MiniSearch ranks highest
 * anyway (a completion's weight falls with each extra letter): what is typed so far still finds
 * its likeliest words, and every word once another letter or two narrows the list. MiniSearch
 * has no option for this; it reads completions through its radix tree's atPrefix (the protected
 * `_index`), which this subclass wraps.
 */
class CappedMiniSearch<T> extends MiniSearch<T> {
  constructor(options: Options<T>) {
    super(options);
    this.capCompletions();
  }

  /** removeAll() starts a new radix tree, which needs the cap too. */
  override removeAll(documents?: readonly T[]): void {
    super.removeAll(documents);
    this.table = null;
    this.capCompletions();
  }

  /** Documents' liveness and lengths for scoring, rebuilt after any change (see scoring.ts). */
  private table: DocumentTable | null = null;

  override add(document: T): void {
    this.table = null;
    super.add(document);
  }

  override remove(document: T): void {
    this.table = null;
    super.remove(document);
  }

  override discard(id: unknown): void {
    this.table = null;
    super.discard(id);
  }

  /**
   * The `limit` best matches, ranked as search() ranks them (score × query words matched, ties
   * in index order), scored without an object per matching document (see scoring.ts): a casework
   * word matches thousands of notes, and those objects were most of a query's time.
   */
  best(query: string, limit: number, keep: (id: string) => boolean = () => true): RankedMatch[] {
    this.table ??= documentTable(this as MiniSearch<unknown>);
    return rankTop(this as MiniSearch<unknown>, this.table, query, limit, keep);
  }

  private capCompletions(): void {
    const tree = this._index;
    const atPrefix = tree.atPrefix.bind(tree);
    tree.atPrefix = (prefix: string) => {
      const all = [...atPrefix(prefix)];
      const kept =
        all.length <= MAX_COMPLETIONS
          ? all
          : all.sort(([a], [b]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)).slice(0, MAX_COMPLETIONS);
      // MiniSearch only iterates what atPrefix returns.
      return kept as unknown as ReturnType<typeof atPrefix>;
    };
  }
}

/**
 * One full-text index over the workspace (MiniSearch), built once from every source on the first
 * query and then kept current: each create, update or delete upserts or removes its document, so
 * a query never rescans the workspace.
 */
export class SearchIndex {
  private readonly sources: SearchSource[] = [];
  private readonly docs = new Map<string, SearchDoc>();
  private mini = SearchIndex.empty();
  private built: Promise<void> | null = null;

  private static empty() {
    return new CappedMiniSearch<SearchDoc & { key: string }>({
      idField: 'key',
      fields: ['title', 'text', 'subtitle'],
      storeFields: ['key'],
      searchOptions: {
        prefix: true,
        // A typo is forgiven in words of five letters or more. In shorter ones one edit reaches
        // dozens of unrelated words ("tra" → "tea", "trp"…), which cost time and add noise.
        fuzzy: (term) => (term.length >= FUZZY_FROM ? 0.2 : false),
        boost: { title: 3, subtitle: 1.5 },
        combineWith: 'AND',
      },
    });
  }

  /** Adds a source; if the index was already built, its documents are added now. */
  async addSource(source: SearchSource): Promise<void> {
    this.sources.push(source);
    if (this.built) {
      await this.built;
      for (const doc of await source.all()) this.upsert(doc);
    }
  }

  private ensureBuilt(): Promise<void> {
    this.built ??= (async () => {
      const batches = await Promise.all(this.sources.map((s) => s.all()));
      // Changes that arrived while the sources were read are newer: keep them.
      const fresh = new Map(this.docs);
      for (const doc of batches.flat()) {
        const key = keyOf(doc.kind, doc.id);
        if (!fresh.has(key)) this.docs.set(key, doc);
      }
      this.mini = SearchIndex.empty();
      // In chunks, yielding between them: over 50,000 notes one addAll held the main process for
      // seconds, and every save waited behind it. A change made while this runs is already in
      // `docs` (and upsert puts it in the new index), so each key is added once, as it is now.
      const keys = [...this.docs.keys()];
      for (let i = 0; i < keys.length; i += BUILD_CHUNK) {
        for (const key of keys.slice(i, i + BUILD_CHUNK)) {
          const doc = this.docs.get(key);
          if (doc && !this.mini.has(key)) this.mini.add({ ...doc, key });
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    this.built.catch(() => {
      this.built = null;
    });
    return this.built;
  }

  /** Adds or replaces one document. */
  upsert(doc: SearchDoc): void {
    const key = keyOf(doc.kind, doc.id);
    if (this.docs.has(key) && this.mini.has(key)) this.mini.discard(key);
    this.docs.set(key, doc);
    if (this.built) this.mini.add({ ...doc, key });
  }

  /** Removes one document (no error if it was never indexed). */
  remove(kind: SearchKind, id: string): void {
    const key = keyOf(kind, id);
    this.docs.delete(key);
    if (this.mini.has(key)) this.mini.discard(key);
  }

  /** Removes every document under a parent, e.g. the notes of a deleted workshop. */
  removeByParent(parent: string): void {
    for (const doc of [...this.docs.values()]) if (doc.parent === parent) this.remove(doc.kind, doc.id);
  }

  get size(): number {
    return this.docs.size;
  }

  /** Best matches first; `kinds` narrows the search (e.g. the library's own search box). */
  async query(text: string, options: { kinds?: SearchKind[]; limit?: number } = {}): Promise<SearchHit[]> {
    await this.ensureBuilt();
    const words = text.trim();
    if (!words) return [];
    const kinds = options.kinds;
    const results = this.mini.best(words, options.limit ?? 50, kinds && ((id) => kinds.includes(this.docs.get(id)?.kind as SearchKind)));
    return results.flatMap((result) => {
      const doc = this.docs.get(result.id);
      return doc ? [toHit(doc, result)] : [];
    });
  }
}

function toHit(doc: SearchDoc, result: { score: number; terms: string[] }): SearchHit {
  return {
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    subtitle: doc.subtitle ?? '',
    route: doc.route,
    snippet: snippet(doc.text, result.terms),
    score: result.score,
  };
}

/** A short piece of the text around the first matched word, so a person sees why it matched. */
export function snippet(text: string, terms: string[], width = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0), Number.MAX_SAFE_INTEGER);
  if (at === Number.MAX_SAFE_INTEGER) return flat.slice(0, width) + (flat.length > width ? '…' : '');
  const start = Math.max(0, at - Math.floor(width / 3));
  const end = Math.min(flat.length, start + width);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
