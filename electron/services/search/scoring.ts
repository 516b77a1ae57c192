import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';

/**
 * MiniSearch's query step (executeQuery → executeQuerySpec → termResults → combine with AND),
 * redone with one number per document instead of an object per document per word.
 *
 * A casework word matches thousands of notes, and MiniSearch builds a `{ score, terms, match }`
 * object for each of them for every word the query expands to, then a combined one per query
 * word: over 50,000 notes that (and the garbage it leaves) was most of a query's time. Here the
 * scores add up in typed arrays in exactly MiniSearch's order (so the sums are the same floats),
 * and the matched words are looked up only for the few results that are shown.
 *
 * It reads MiniSearch 7's protected index (radix tree, field lengths, document ids) and calls its
 * private removeTerm for entries of discarded documents, as termResults does. The search tests
 * compare every answer with MiniSearch's own search(), so an upgrade that changes any of this
 * fails loudly instead of ranking differently.
 */

/** Per field id → (short document id → how often the word occurs in that field). */
type FieldTermData = Map<number, Map<number, number>>;

/** The parts of a MiniSearch instance this reads (all protected or private in its types). */
export interface MiniSearchInternals {
  _options: {
    fields: string[];
    tokenize: (text: string, fieldName?: string) => string[];
    processTerm: (term: string, fieldName?: string) => string | string[] | null | undefined | false;
    searchOptions: SearchOptions;
  };
  _index: {
    get(term: string): FieldTermData | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
  };
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _nextId: number;
  removeTerm(fieldId: number, documentId: number, term: string): void;
}

/** MiniSearch 7.2's defaults for what our options leave out (defaultSearchOptions in its source). */
const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const DEFAULT_MAX_FUZZY = 6;
const DEFAULT_BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** One query word: each document's summed score, and the documents in the order first scored. */
interface WordScores {
  source: string;
  score: Float64Array;
  found: Uint8Array;
  order: number[];
  /** The index words it expanded to (itself, completions, near spellings) with their postings. */
  derived: FieldTermData[];
  derivedTerms: string[];
}

/** One of the best matches: MiniSearch's document id, its score as search() gives it, the words. */
export interface RankedMatch {
  id: string;
  score: number;
  /** The document words it matched (the keys of MiniSearch's `match`): what the snippet shows. */
  terms: string[];
}

/**
 * The `limit` best matches for a query, as MiniSearch's search() with combineWith 'AND' ranks them
 * (score × distinct query words matched, ties in its result order), keeping only ids `keep` allows.
 */
export function rankTop(
  mini: MiniSearch<unknown>,
  table: DocumentTable,
  query: string,
  limit: number,
  keep: (id: string) => boolean,
): RankedMatch[] {
  const state = internals(mini);
  const words = scoreWords(state, table, query);
  if (words.length === 0 || limit <= 0) return [];
  const quality = new Set(words.map((word) => word.source)).size;
  const last = words[words.length - 1];
  const top: { shortId: number; id: string; score: number }[] = [];
  // AND keeps the documents every word found, in the order the last word found them; the sum
  // runs from the first word to the last, as results.reduce(and) adds them.
  for (const shortId of last.order) {
    let sum = words[0].score[shortId];
    let everyWord = words[0].found[shortId] === 1;
    for (let i = 1; everyWord && i < words.length; i++) {
      if (words[i].found[shortId] === 0) everyWord = false;
      else sum += words[i].score[shortId];
    }
    if (!everyWord) continue;
    const score = sum * quality;
    if (top.length === limit && score <= top[limit - 1].score) continue;
    const id = state._documentIds.get(shortId) as string;
    if (!keep(id)) continue;
    let at = top.length;
    while (at > 0 && top[at - 1].score < score) at -= 1;
    top.splice(at, 0, { shortId, id, score });
    if (top.length > limit) top.pop();
  }
  const fieldIds = searchedFieldIds(state);
  return top.map(({ shortId, id, score }) => ({ id, score, terms: matchedTerms(words, fieldIds, shortId) }));
}

/** The document words one result matched, over every query word's expansions. */
function matchedTerms(words: WordScores[], fieldIds: number[], shortId: number): string[] {
  const terms = new Set<string>();
  for (const word of words) {
    word.derived.forEach((data, i) => {
      if (fieldIds.some((fieldId) => data.get(fieldId)?.has(shortId))) terms.add(word.derivedTerms[i]);
    });
  }
  return [...terms];
}

const internals = (mini: MiniSearch<unknown>) => mini as unknown as MiniSearchInternals;

interface WordSpec {
  term: string;
  prefix: boolean;
  fuzzy: number | boolean;
  termBoost: number;
}

function options(state: MiniSearchInternals) {
  const search = state._options.searchOptions;
  // What this reproduces: AND of every word, no per-document boost (the index's options).
  if (String(search.combineWith).toUpperCase() !== 'AND' || search.boostDocument) {
    throw new Error('scoring.ts ranks only AND queries without boostDocument');
  }
  return {
    search,
    weights: { ...DEFAULT_WEIGHTS, ...search.weights },
    maxFuzzy: search.maxFuzzy ?? DEFAULT_MAX_FUZZY,
    bm25: search.bm25 ?? DEFAULT_BM25,
  };
}

/** The query's words, tokenised and processed as MiniSearch's executeQuery does (termToQuerySpec). */
function wordSpecs(state: MiniSearchInternals, query: string): WordSpec[] {
  const { search } = options(state);
  const tokenize = search.tokenize ?? state._options.tokenize;
  const processTerm = search.processTerm ?? state._options.processTerm;
  const terms = tokenize(query)
    .flatMap((term) => processTerm(term))
    .filter((term): term is string => !!term);
  return terms.map((term, i) => ({
    term,
    fuzzy: typeof search.fuzzy === 'function' ? search.fuzzy(term, i, terms) : (search.fuzzy ?? false),
    prefix: typeof search.prefix === 'function' ? search.prefix(term, i, terms) : search.prefix === true,
    termBoost: typeof search.boostTerm === 'function' ? search.boostTerm(term, i, terms) : 1,
  }));
}

/** The index words one query word stands for, with their weights, in executeQuerySpec's order. */
function expand(state: MiniSearchInternals, word: WordSpec): [string, FieldTermData, number][] {
  const { weights, maxFuzzy } = options(state);
  const out: [string, FieldTermData, number][] = [];
  const exact = state._index.get(word.term);
  if (exact) out.push([word.term, exact, 1]);
  let fuzzyMatches: Map<string, [FieldTermData, number]> | undefined;
  if (word.fuzzy) {
    const fuzzy = word.fuzzy === true ? 0.2 : word.fuzzy;
    const maxDistance = fuzzy < 1 ? Math.min(maxFuzzy, Math.round(word.term.length * fuzzy)) : fuzzy;
    if (maxDistance) fuzzyMatches = state._index.fuzzyGet(word.term, maxDistance);
  }
  if (word.prefix) {
    for (const [term, data] of state._index.atPrefix(word.term)) {
      const distance = term.length - word.term.length;
      if (!distance) continue;
      // A word both completed and misspelt is scored as a completion, as MiniSearch does.
      fuzzyMatches?.delete(term);
      out.push([term, data, (weights.prefix * term.length) / (term.length + 0.3 * distance)]);
    }
  }
  if (fuzzyMatches) {
    for (const [term, [data, distance]] of fuzzyMatches) {
      if (!distance) continue;
      out.push([term, data, (weights.fuzzy * term.length) / (term.length + distance)]);
    }
  }
  return out;
}

/** Field ids in the order termResults walks them (the boosts object's keys: the fields' order). */
const searchedFieldIds = (state: MiniSearchInternals) =>
  (state._options.searchOptions.fields ?? state._options.fields).map((field) => state._fieldIds[field]);

/**
 * What BM25 needs of each document, in arrays by short id instead of MiniSearch's Maps: whether
 * it is still indexed, and per searched field the length term `k × (1 − b + b × length ÷ average)`
 * (the same expression termResults computes per match, so the same float). Valid until the
 * index changes; the caller drops it on every add, discard and remove.
 */
export interface DocumentTable {
  live: Uint8Array;
  /** Per searched field (in fields order), per short id. */
  lengthNorm: Float64Array[];
}

export function documentTable(mini: MiniSearch<unknown>): DocumentTable {
  const state = internals(mini);
  const { bm25 } = options(state);
  const fieldIds = searchedFieldIds(state);
  const live = new Uint8Array(state._nextId);
  const lengthNorm = fieldIds.map(() => new Float64Array(state._nextId));
  for (const shortId of state._documentIds.keys()) live[shortId] = 1;
  for (const [shortId, lengths] of state._fieldLength) {
    fieldIds.forEach((fieldId, f) => {
      const avgFieldLength = state._avgFieldLength[fieldId];
      lengthNorm[f][shortId] = bm25.k * (1 - bm25.b + (bm25.b * lengths[fieldId]) / avgFieldLength);
    });
  }
  return { live, lengthNorm };
}

function scoreWords(state: MiniSearchInternals, table: DocumentTable, query: string): WordScores[] {
  const { search, bm25 } = options(state);
  const fields = search.fields ?? state._options.fields;
  const boosts = fields.map((field) => search.boost?.[field] || 1);
  const fieldIds = searchedFieldIds(state);
  const total = state._documentCount;
  const { k, d } = bm25;
  const { live } = table;
  return wordSpecs(state, query).map((word) => {
    const found = new Uint8Array(state._nextId);
    const score = new Float64Array(state._nextId);
    const order: number[] = [];
    const scores: WordScores = { source: word.term, score, found, order, derived: [], derivedTerms: [] };
    for (const [term, data, weight] of expand(state, word)) {
      scores.derived.push(data);
      scores.derivedTerms.push(term);
      for (let f = 0; f < fieldIds.length; f++) {
        const fieldId = fieldIds[f];
        const freqs = data.get(fieldId);
        if (freqs == null) continue;
        const norm = table.lengthNorm[f];
        // termResults multiplies weight × termBoost × fieldBoost × docBoost (1) × raw score, left to right.
        const factor = weight * word.termBoost * boosts[f] * 1;
        // As termResults: the count shrinks as entries of discarded documents are met and removed.
        let matchingFields = freqs.size;
        let invDocFreq = Math.log(1 + (total - matchingFields + 0.5) / (matchingFields + 0.5));
        freqs.forEach((termFreq, docId) => {
          if (live[docId] !== 1) {
            state.removeTerm(fieldId, docId, term);
            matchingFields -= 1;
            invDocFreq = Math.log(1 + (total - matchingFields + 0.5) / (matchingFields + 0.5));
            return;
          }
          const weighted = factor * (invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + norm[docId])));
          if (found[docId] === 0) {
            found[docId] = 1;
            order.push(docId);
            score[docId] = weighted;
          } else score[docId] += weighted;
        });
      }
    }
    return scores;
  });
}
