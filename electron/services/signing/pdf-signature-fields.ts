/** One signature's raw parts as found in a PDF file. */
export interface FoundSignature {
  byteRange: [number, number, number, number];
  /** The CMS, without the zero padding of its placeholder. */
  cms: Buffer;
  name: string;
  reason: string;
  signedAt: string | null;
  subFilter: string;
  /**
   * The /Contents is exactly `<hex>` in one letter case, the DER followed only by zero padding.
   * Those bytes are outside what the signature covers, so anything else there is damage.
   */
  contentsStrict: boolean;
  /** Why the /ByteRange cannot be what a signature covers (it must run from 0 to a revision's end, leaving out only /Contents); null when sound. */
  rangeProblem: string | null;
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

/** Decodes a PDF literal string body: escapes, octal, and UTF-16BE with a BOM. */
export function decodePdfString(raw: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw[i];
    if (c !== '\\') {
      bytes.push(raw.charCodeAt(i) & 0xff);
      continue;
    }
    const next = raw[i + 1];
    const octal = /^[0-7]{1,3}/.exec(raw.slice(i + 1))?.[0];
    if (octal) {
      bytes.push(parseInt(octal, 8) & 0xff);
      i += octal.length;
      continue;
    }
    const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
    if (next in escapes) bytes.push(escapes[next]);
    else if (next !== '\n' && next !== '\r') bytes.push(next.charCodeAt(0));
    i += 1;
  }
  const buffer = Buffer.from(bytes);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    const le = Buffer.from(buffer.subarray(2));
    le.swap16();
    return le.toString('utf16le');
  }
  return buffer.toString('utf8');
}

/** Reads `/Key (string)` out of a dictionary's text; handles balanced and escaped parentheses. */
function literal(dict: string, key: string): string {
  const at = dict.search(new RegExp(`/${key}\\s*\\(`));
  if (at < 0) return '';
  let i = dict.indexOf('(', at) + 1;
  let depth = 1;
  let out = '';
  for (; i < dict.length && depth > 0; i += 1) {
    const c = dict[i];
    if (c === '\\') {
      out += c + dict[i + 1];
      i += 1;
      continue;
    }
    if (c === '(') depth += 1;
    if (c === ')') depth -= 1;
    if (depth > 0) out += c;
  }
  return decodePdfString(out);
}

/** The placeholder is padded with zeros; the DER header says where the CMS really ends. */
function trimDer(bytes: Buffer): Buffer {
  if (bytes.length < 2) return bytes;
  const first = bytes[1];
  if (first < 0x80) return bytes.subarray(0, 2 + first);
  const count = first & 0x7f;
  if (count === 0 || count > 4 || bytes.length < 2 + count) return bytes;
  const length = bytes.subarray(2, 2 + count).reduce((n, b) => n * 256 + b, 0);
  return bytes.subarray(0, Math.min(bytes.length, 2 + count + length));
}

/** D:YYYYMMDDHHmmSS with an optional Z or ±HH'mm' → ISO string. */
export function parsePdfDate(value: string): string | null {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value);
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone = 'Z'] = m;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5) || '00'}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * The signed ranges must start at byte 0, leave out exactly the signature's own /Contents value
 * and end where a revision of the file ends (%%EOF): anything else lets bytes a reader uses go
 * unsigned.
 */
function byteRangeProblem(text: string, [start, firstLength, secondStart, secondLength]: [number, number, number, number]): string | null {
  const end = secondStart + secondLength;
  if (start !== 0) return 'the signed part of the file does not start at its beginning';
  if (secondStart <= firstLength || end > text.length || firstLength > text.length) return 'the signed ranges do not fit the file';
  if (
    !/\/Contents\s*$/.test(text.slice(Math.max(0, firstLength - 64), firstLength)) ||
    !/^<[0-9a-fA-F\s]*>$/.test(text.slice(firstLength, secondStart))
  ) {
    return 'the unsigned gap in the file is not the signature’s own value';
  }
  if (!/%%EOF(\r\n|\r|\n)?$/.test(text.slice(Math.max(0, end - 8), end)))
    return 'the signed part does not end where a revision of the file ends';
  return null;
}

/**
 * Finds every signature in a PDF by its /ByteRange. The bytes between the two ranges are the
 * hex /Contents by construction, so we read the CMS from exactly there rather than trusting
 * any other pointer in the file.
 */
export function findSignatures(pdf: Buffer, max = Infinity): FoundSignature[] {
  const text = pdf.toString('latin1');
  const found: FoundSignature[] = [];
  for (const match of text.matchAll(BYTE_RANGE)) {
    if (found.length >= max) break;
    const range = match.slice(1, 5).map(Number) as [number, number, number, number];
    const [, firstLength, secondStart, secondLength] = range;
    const rangeProblem = byteRangeProblem(text, range);
    if (rangeProblem && (secondStart <= firstLength || secondStart + secondLength > pdf.length || firstLength > pdf.length)) {
      found.push({
        byteRange: range,
        cms: Buffer.alloc(0),
        name: '',
        reason: '',
        signedAt: null,
        subFilter: '',
        contentsStrict: false,
        rangeProblem,
      });
      continue;
    }
    const raw = text.slice(firstLength, secondStart);
    const hex = raw.replace(/^<|>$/g, '').replace(/\s/g, '');
    const cms = trimDer(Buffer.from(hex, 'hex'));
    const contentsStrict =
      /^<[0-9a-fA-F]*>$/.test(raw) &&
      hex.length % 2 === 0 &&
      !(/[a-f]/.test(hex) && /[A-F]/.test(hex)) &&
      /^0*$/.test(hex.slice(cms.length * 2));
    const dictStart = text.lastIndexOf('obj', match.index);
    const dictEndAt = text.indexOf('endobj', secondStart);
    const dict = text.slice(Math.max(0, dictStart), firstLength) + text.slice(secondStart, dictEndAt < 0 ? secondStart + 2000 : dictEndAt);
    const m = /\/M\s*\(([^)]*)\)/.exec(dict);
    found.push({
      byteRange: range,
      cms,
      name: literal(dict, 'Name'),
      reason: literal(dict, 'Reason'),
      signedAt: m ? parsePdfDate(m[1]) : null,
      subFilter: /\/SubFilter\s*\/([^\s/>]+)/.exec(dict)?.[1] ?? '',
      contentsStrict,
      rangeProblem,
    });
  }
  return found;
}
