import { inflateSync } from 'node:zlib';
import { isDict, isName, isRef, Lexer, objectAt, PdfSyntaxError, type PdfDict, type PdfRef, type PdfValue } from './pdf-syntax';

/*
 * The objects a PDF reader sees at the end of one revision: it follows `startxref` and the
 * cross-reference sections back through /Prev, exactly as a reader does, so an update that only
 * rewrites the cross-reference table (a "hide" shadow attack) is seen. When the table cannot be
 * followed, readers rebuild it by scanning; so do we, and say so.
 */

type Entry = { kind: 'offset'; offset: number; gen: number } | { kind: 'packed'; stream: number; index: number } | { kind: 'free' };

export interface RevisionState {
  root: PdfRef | null;
  /** The object a reference points to in this revision; undefined when free or absent. */
  get(ref: PdfRef): PdfValue | undefined;
  /** The cross-reference table could not be followed; objects were found by scanning. */
  scanned: boolean;
}

const MAX_SECTIONS = 500;
const MAX_INFLATE = 64 * 1024 * 1024;

/** Decodes a stream's data: none or FlateDecode, with the PNG predictors xref streams use. */
export function decodeStream(dict: PdfDict): Buffer {
  const data = dict.stream ?? Buffer.alloc(0);
  const filter = dict.v.get('Filter');
  const filters = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
  if (filters.length === 0) return data;
  if (filters.length > 1 || !isName(filters[0], 'FlateDecode')) throw new PdfSyntaxError('unsupported filter');
  const inflated = inflateSync(data, { maxOutputLength: MAX_INFLATE });
  const params = dict.v.get('DecodeParms');
  const predictor = isDict(params) ? params.v.get('Predictor') : undefined;
  if (typeof predictor !== 'number' || predictor < 10) return inflated;
  const columns = isDict(params) && typeof params.v.get('Columns') === 'number' ? (params.v.get('Columns') as number) : 1;
  const rows = Math.floor(inflated.length / (columns + 1));
  const out = Buffer.alloc(rows * columns);
  for (let r = 0; r < rows; r += 1) {
    const type = inflated[r * (columns + 1)];
    for (let c = 0; c < columns; c += 1) {
      const raw = inflated[r * (columns + 1) + 1 + c];
      const up = r > 0 ? out[(r - 1) * columns + c] : 0;
      const left = c > 0 ? out[r * columns + c - 1] : 0;
      const value = type === 2 ? raw + up : type === 1 ? raw + left : type === 0 ? raw : NaN;
      if (Number.isNaN(value)) throw new PdfSyntaxError('unsupported predictor');
      out[r * columns + c] = value & 0xff;
    }
  }
  return out;
}

/** One cross-reference section at `offset`: a classic table or a cross-reference stream. */
function sectionAt(buf: Buffer, offset: number, end: number): { entries: Map<number, Entry>; trailer: PdfDict } {
  const entries = new Map<number, Entry>();
  const lex = new Lexer(buf, offset, end);
  if (lex.accept('xref')) {
    for (;;) {
      const save = lex.pos;
      const first = lex.keyword();
      if (first === 'trailer') break;
      const count = lex.keyword();
      if (!/^\d+$/.test(first) || !/^\d+$/.test(count)) throw new PdfSyntaxError('bad xref subsection');
      lex.pos = save;
      lex.keyword();
      lex.keyword();
      for (let i = 0; i < Number(count); i += 1) {
        const at = lex.keyword();
        const gen = lex.keyword();
        const type = lex.keyword();
        const num = Number(first) + i;
        if (entries.has(num)) continue;
        if (type === 'n') entries.set(num, { kind: 'offset', offset: Number(at), gen: Number(gen) });
        else if (type === 'f') entries.set(num, { kind: 'free' });
        else throw new PdfSyntaxError('bad xref entry');
      }
    }
    const trailer = lex.value();
    if (!isDict(trailer)) throw new PdfSyntaxError('bad trailer');
    return { entries, trailer };
  }
  const { value } = objectAt(buf, offset, end);
  if (!isDict(value) || !isName(value.v.get('Type'), 'XRef')) throw new PdfSyntaxError('no xref here');
  const widths = value.v.get('W');
  if (!Array.isArray(widths) || widths.length !== 3 || !widths.every((w) => typeof w === 'number' && w >= 0 && w <= 8))
    throw new PdfSyntaxError('bad /W');
  const [w0, w1, w2] = widths as number[];
  const data = decodeStream(value);
  const size = value.v.get('Size');
  const index = value.v.get('Index') ?? [0, typeof size === 'number' ? size : 0];
  if (!Array.isArray(index)) throw new PdfSyntaxError('bad /Index');
  const read = (at: number, width: number) => {
    let n = 0;
    for (let i = 0; i < width; i += 1) n = n * 256 + data[at + i];
    return n;
  };
  let at = 0;
  const row = w0 + w1 + w2;
  for (let s = 0; s + 1 < index.length; s += 2) {
    const [first, count] = [index[s], index[s + 1]];
    if (typeof first !== 'number' || typeof count !== 'number') throw new PdfSyntaxError('bad /Index');
    for (let i = 0; i < count && at + row <= data.length; i += 1, at += row) {
      const type = w0 ? read(at, w0) : 1;
      const a = read(at + w0, w1);
      const b = read(at + w0 + w1, w2);
      if (entries.has(first + i)) continue;
      if (type === 1) entries.set(first + i, { kind: 'offset', offset: a, gen: b });
      else if (type === 2) entries.set(first + i, { kind: 'packed', stream: a, index: b });
      else if (type === 0) entries.set(first + i, { kind: 'free' });
    }
  }
  return { entries, trailer: value };
}

/**
 * Objects parsed once per file and shared by every revision's state, keyed by offset, so an
 * object both revisions point to is the same value and compares equal without hashing.
 */
export class ObjectCache {
  private readonly byOffset = new Map<number, { num: number; value: PdfValue; end: number } | Error>();
  private readonly packed = new Map<number, PdfValue[] | Error>();

  constructor(readonly buf: Buffer) {}

  at(offset: number, end: number, num: number): PdfValue | undefined {
    let hit = this.byOffset.get(offset);
    if (hit === undefined) {
      try {
        const o = objectAt(this.buf, offset);
        hit = { num: o.num, value: o.value, end: o.end };
      } catch (error) {
        hit = error instanceof Error ? error : new PdfSyntaxError(String(error));
      }
      this.byOffset.set(offset, hit);
    }
    if (hit instanceof Error) throw hit;
    if (hit.num !== num) throw new PdfSyntaxError('object number does not match');
    // An object that runs past the end of this revision does not exist in it as read whole.
    if (hit.end > end) return objectAt(this.buf, offset, end).value;
    return hit.value;
  }

  /** The objects of the object stream at `offset`, in its order. */
  unpack(stream: PdfValue | undefined, offset: number): PdfValue[] {
    let hit = this.packed.get(offset);
    if (hit === undefined) {
      try {
        hit = unpackObjectStream(stream);
      } catch (error) {
        hit = error instanceof Error ? error : new PdfSyntaxError(String(error));
      }
      this.packed.set(offset, hit);
    }
    if (hit instanceof Error) throw hit;
    return hit;
  }
}

function unpackObjectStream(stream: PdfValue | undefined): PdfValue[] {
  if (!isDict(stream) || !isName(stream.v.get('Type'), 'ObjStm')) throw new PdfSyntaxError('not an object stream');
  const first = stream.v.get('First');
  const n = stream.v.get('N');
  if (typeof first !== 'number' || typeof n !== 'number' || n > 100_000) throw new PdfSyntaxError('bad object stream');
  const data = decodeStream(stream);
  const head = new Lexer(data, 0, first);
  const values: PdfValue[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < n; i += 1) {
    head.keyword();
    offsets.push(Number(head.keyword()));
  }
  for (const off of offsets) values.push(new Lexer(data, first + off).value());
  return values;
}

/** Where the last `startxref` before `end` points, as a reader finds it from the end of the file. */
function lastStartXref(buf: Buffer, end: number): number | null {
  const at = buf.lastIndexOf('startxref', end - 9, 'latin1');
  if (at < 0) return null;
  const m = /^startxref\s+(\d+)/.exec(buf.toString('latin1', at, Math.min(end, at + 40)));
  return m ? Number(m[1]) : null;
}

function fromXref(cache: ObjectCache, end: number): RevisionState {
  const buf = cache.buf;
  let offset = lastStartXref(buf, end);
  if (offset === null) throw new PdfSyntaxError('no startxref');
  const entries = new Map<number, Entry>();
  let root: PdfRef | null = null;
  const seen = new Set<number>();
  for (let i = 0; offset !== null && i < MAX_SECTIONS; i += 1) {
    if (seen.has(offset) || offset >= end) throw new PdfSyntaxError('bad /Prev');
    seen.add(offset);
    const section = sectionAt(buf, offset, end);
    for (const [num, entry] of section.entries) if (!entries.has(num)) entries.set(num, entry);
    const r = section.trailer.v.get('Root');
    if (!root && isRef(r)) root = r;
    const prev = section.trailer.v.get('Prev');
    offset = typeof prev === 'number' ? prev : null;
  }
  if (!root) throw new PdfSyntaxError('no /Root');
  const get = (ref: PdfRef): PdfValue | undefined => {
    const entry = entries.get(ref.n);
    if (!entry || entry.kind === 'free') return undefined;
    if (entry.kind === 'offset') return entry.gen === ref.g ? cache.at(entry.offset, end, ref.n) : undefined;
    if (ref.g !== 0) return undefined;
    const container = entries.get(entry.stream);
    if (!container || container.kind !== 'offset') return undefined;
    return cache.unpack(cache.at(container.offset, end, entry.stream), container.offset)[entry.index];
  };
  // Reading the catalogue proves the table leads somewhere; a table with wrong offsets fails here.
  if (!isDict(get(root))) throw new PdfSyntaxError('catalogue not found');
  return { root, get, scanned: false };
}

/** What a reader does with a broken table: read every object in order, the last definition winning. */
function fromScan(cache: ObjectCache, end: number): RevisionState {
  const buf = cache.buf;
  const text = buf.toString('latin1', 0, end);
  const objects = new Map<string, PdfValue>();
  let root: PdfRef | null = null;
  const pattern = /(\d+)\s+(\d+)\s*obj/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > 0 && /\d/.test(text[m.index - 1])) continue;
    try {
      const o = objectAt(buf, m.index, end);
      objects.set(`${o.num} ${o.gen}`, o.value);
      if (isDict(o.value) && isName(o.value.v.get('Type'), 'ObjStm')) {
        const head = new Lexer(decodeStream(o.value), 0, Number(o.value.v.get('First')));
        const nums: number[] = [];
        for (let i = 0; i < Number(o.value.v.get('N')); i += 1) {
          nums.push(Number(head.keyword()));
          head.keyword();
        }
        cache.unpack(o.value, m.index).forEach((v, i) => objects.set(`${nums[i]} 0`, v));
      }
      if (isDict(o.value) && isRef(o.value.v.get('Root'))) root = o.value.v.get('Root') as PdfRef;
      pattern.lastIndex = Math.max(pattern.lastIndex, o.end);
    } catch {
      // Not an object after all (or a damaged one): keep scanning after its header.
    }
  }
  for (const m of text.matchAll(/trailer\s*<</g)) {
    try {
      const trailer = new Lexer(buf, m.index + 7, end).value();
      if (isDict(trailer) && isRef(trailer.v.get('Root'))) root = trailer.v.get('Root') as PdfRef;
    } catch {
      // A damaged trailer names no catalogue.
    }
  }
  return { root, get: (ref) => objects.get(`${ref.n} ${ref.g}`), scanned: true };
}

/** The document as a reader sees it when the file ends at `end`. */
export function revisionState(cache: ObjectCache, end: number): RevisionState {
  try {
    return fromXref(cache, end);
  } catch {
    return fromScan(cache, end);
  }
}
