import { createHash } from 'node:crypto';

/*
 * A small reader of PDF object syntax (ISO 32000-1 §7.3): enough to compare what two revisions
 * of a file make a reader show. Values are plain data so they can be compared and hashed.
 */

export type PdfValue = null | boolean | number | PdfName | PdfString | PdfRef | PdfValue[] | PdfDict;
export interface PdfName {
  t: 'name';
  v: string;
}
export interface PdfString {
  t: 'str';
  v: string;
}
export interface PdfRef {
  t: 'ref';
  n: number;
  g: number;
}
export interface PdfDict {
  t: 'dict';
  v: Map<string, PdfValue>;
  /** The raw (still encoded) stream data when the dictionary heads a stream. */
  stream?: Buffer;
}

export class PdfSyntaxError extends Error {}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
/** Nesting deeper than this is built to exhaust the stack, not to describe a document. */
const MAX_DEPTH = 64;

export const isName = (v: PdfValue | undefined, name?: string): v is PdfName =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && v.t === 'name' && (name === undefined || v.v === name);
export const isRef = (v: PdfValue | undefined): v is PdfRef => typeof v === 'object' && v !== null && !Array.isArray(v) && v.t === 'ref';
export const isDict = (v: PdfValue | undefined): v is PdfDict => typeof v === 'object' && v !== null && !Array.isArray(v) && v.t === 'dict';
export const refKey = (r: PdfRef) => `${r.n} ${r.g}`;

/** Reads one value at a time from a byte buffer, skipping white space and comments. */
export class Lexer {
  constructor(
    readonly buf: Buffer,
    public pos: number,
    readonly end = buf.length,
  ) {}

  skip() {
    while (this.pos < this.end) {
      const c = this.buf[this.pos];
      if (WHITE.has(c)) this.pos += 1;
      else if (c === 0x25) {
        while (this.pos < this.end && this.buf[this.pos] !== 0x0a && this.buf[this.pos] !== 0x0d) this.pos += 1;
      } else break;
    }
  }

  /** A run of regular characters: a number, keyword or the body of a name. */
  private regular(): string {
    const start = this.pos;
    while (this.pos < this.end && !WHITE.has(this.buf[this.pos]) && !DELIM.has(this.buf[this.pos])) this.pos += 1;
    return this.buf.toString('latin1', start, this.pos);
  }

  keyword(): string {
    this.skip();
    return this.regular();
  }

  /** True and consumed when the next token is exactly this keyword. */
  accept(word: string): boolean {
    const save = this.pos;
    if (this.keyword() === word) return true;
    this.pos = save;
    return false;
  }

  value(depth = 0): PdfValue {
    if (depth > MAX_DEPTH) throw new PdfSyntaxError('nested too deeply');
    this.skip();
    if (this.pos >= this.end) throw new PdfSyntaxError('unexpected end');
    const c = this.buf[this.pos];
    if (c === 0x2f) {
      this.pos += 1;
      return { t: 'name', v: this.regular().replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) };
    }
    if (c === 0x28) return this.literal();
    if (c === 0x3c && this.buf[this.pos + 1] === 0x3c) return this.dict(depth);
    if (c === 0x3c) return this.hex();
    if (c === 0x5b) {
      this.pos += 1;
      const items: PdfValue[] = [];
      for (;;) {
        this.skip();
        if (this.pos >= this.end) throw new PdfSyntaxError('unterminated array');
        if (this.buf[this.pos] === 0x5d) {
          this.pos += 1;
          return items;
        }
        items.push(this.value(depth + 1));
      }
    }
    const word = this.regular();
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return this.maybeRef(Number(word), word);
    throw new PdfSyntaxError(`unexpected ${word || String.fromCharCode(c)}`);
  }

  /** `n g R` reads as three tokens; fold them into a reference. */
  private maybeRef(n: number, word: string): PdfValue {
    if (!/^\d+$/.test(word)) return n;
    const save = this.pos;
    this.skip();
    const g = this.regular();
    if (/^\d+$/.test(g)) {
      this.skip();
      if (this.regular() === 'R') return { t: 'ref', n, g: Number(g) };
    }
    this.pos = save;
    return n;
  }

  private dict(depth: number): PdfDict {
    this.pos += 2;
    const v = new Map<string, PdfValue>();
    for (;;) {
      this.skip();
      if (this.pos >= this.end) throw new PdfSyntaxError('unterminated dictionary');
      if (this.buf[this.pos] === 0x3e && this.buf[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return { t: 'dict', v };
      }
      const key = this.value(depth + 1);
      if (!isName(key)) throw new PdfSyntaxError('dictionary key is not a name');
      v.set(key.v, this.value(depth + 1));
    }
  }

  private hex(): PdfString {
    const close = this.buf.indexOf(0x3e, this.pos);
    if (close < 0 || close >= this.end) throw new PdfSyntaxError('unterminated hex string');
    const digits = this.buf.toString('latin1', this.pos + 1, close).replace(/\s/g, '');
    if (/[^0-9a-fA-F]/.test(digits)) throw new PdfSyntaxError('bad hex string');
    this.pos = close + 1;
    return { t: 'str', v: Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex').toString('latin1') };
  }

  private literal(): PdfString {
    let depth = 0;
    let out = '';
    for (let i = this.pos; i < this.end; i += 1) {
      const c = this.buf[i];
      if (c === 0x5c) {
        out += String.fromCharCode(c, this.buf[i + 1]);
        i += 1;
      } else if (c === 0x28) {
        if (depth > 0) out += '(';
        depth += 1;
      } else if (c === 0x29) {
        depth -= 1;
        if (depth === 0) {
          this.pos = i + 1;
          return { t: 'str', v: unescape(out) };
        }
        out += ')';
      } else out += String.fromCharCode(c);
    }
    throw new PdfSyntaxError('unterminated string');
  }
}

function unescape(raw: string): string {
  return raw.replace(/\\([0-7]{1,3}|\r\n|[\s\S])/g, (_, e: string) => {
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8) & 0xff);
    const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '\n': '', '\r': '', '\r\n': '' };
    return map[e] ?? e;
  });
}

export interface IndirectObject {
  num: number;
  gen: number;
  value: PdfValue;
  /** Where the object ends (after endobj when present). */
  end: number;
}

const HEADER = /^(\d+)\s+(\d+)\s*obj/;

/**
 * The indirect object starting at `offset` (`n g obj`, also the unusual `n gobj`). A stream's
 * data is taken by its direct /Length when that lands on `endstream`, else up to `endstream`.
 */
export function objectAt(buf: Buffer, offset: number, end = buf.length): IndirectObject {
  const head = HEADER.exec(buf.toString('latin1', offset, Math.min(end, offset + 40)));
  if (!head) throw new PdfSyntaxError('no object here');
  const lex = new Lexer(buf, offset + head[0].length, end);
  const value = lex.value();
  const save = lex.pos;
  if (isDict(value) && lex.keyword() === 'stream') {
    let start = lex.pos;
    if (buf[start] === 0x0d) start += 1;
    if (buf[start] === 0x0a) start += 1;
    const length = value.v.get('Length');
    let dataEnd = -1;
    if (typeof length === 'number' && length >= 0 && start + length <= end) {
      const after = buf.toString('latin1', start + length, Math.min(end, start + length + 12));
      if (/^\s*endstream/.test(after)) dataEnd = start + length;
    }
    if (dataEnd < 0) {
      const found = buf.indexOf('endstream', start, 'latin1');
      if (found < 0 || found > end) throw new PdfSyntaxError('unterminated stream');
      dataEnd = found;
      // The EOL before endstream is not part of the data.
      if (buf[dataEnd - 1] === 0x0a) dataEnd -= 1;
      if (buf[dataEnd - 1] === 0x0d) dataEnd -= 1;
    }
    value.stream = buf.subarray(start, dataEnd);
    lex.pos = buf.indexOf('endstream', dataEnd, 'latin1') + 9;
  } else lex.pos = save;
  lex.accept('endobj');
  return { num: Number(head[1]), gen: Number(head[2]), value, end: lex.pos };
}

/**
 * A canonical text for a value: white space, key order and string notation do not matter, so
 * two revisions that differ only there compare equal. Stream data enters as its hash.
 */
export function canonical(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(' ')}]`;
  switch (value.t) {
    case 'name':
      return `/${encodeURIComponent(value.v)}`;
    case 'str':
      return `<${Buffer.from(value.v, 'latin1').toString('hex')}>`;
    case 'ref':
      return `${value.n} ${value.g} R`;
    default: {
      const keys = [...value.v.keys()].filter((k) => !(value.stream && k === 'Length')).sort();
      const body = keys.map((k) => `/${encodeURIComponent(k)} ${canonical(value.v.get(k) ?? null)}`).join(' ');
      return value.stream ? `<<${body}>>stream:${createHash('sha256').update(value.stream).digest('hex')}` : `<<${body}>>`;
    }
  }
}
