import { createHash } from 'node:crypto';
import { buildDetachedCms } from '../../../electron/services/signing/cms';
import type { SigningKey } from '../../../electron/services/signing/pades-signer';

/*
 * Incremental updates written byte by byte, as an attacker who knows PDF writes them (shadow
 * attacks, cross-reference tricks, unusual syntax) and as pyHanko writes ordinary ones (compact
 * dictionaries, the catalogue rewritten with /Version). Independent of Casebook's own parser:
 * objects are found with plain regular expressions on files whose layout the tests control.
 */

/** The body of the last definition of object `num` (between `num 0 obj` and `endobj`). */
export function bodyOf(pdf: Buffer, num: number): string {
  const matches = [...pdf.toString('latin1').matchAll(new RegExp(`(?:^|\\s)${num}\\s+0\\s*obj\\b([\\s\\S]*?)endobj`, 'g'))];
  if (matches.length === 0) throw new Error(`no object ${num}`);
  return matches[matches.length - 1][1].trim();
}

/** Offsets of every `num 0 obj` header, in file order. */
export const definitionsOf = (pdf: Buffer, num: number) =>
  [...pdf.toString('latin1').matchAll(new RegExp(`(?<=\\s)${num} 0 obj\\b`, 'g'))].map((m) => m.index);

export function trailerOf(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const size = Number([...text.matchAll(/\/Size\s+(\d+)/g)].pop()?.[1]);
  const root = Number([...text.matchAll(/\/Root\s+(\d+)\s+\d+\s+R/g)].pop()?.[1]);
  const startxref = Number([...text.matchAll(/startxref\s+(\d+)/g)].pop()?.[1]);
  return { size, root, startxref };
}

export interface Update {
  /** Objects to write, number → body (a dictionary, or a dictionary and its stream). */
  objects?: [number, string][];
  /** Cross-reference entries that point to bytes already in the file (no object written). */
  pointTo?: [number, number][];
  /** Object numbers the new table marks free. */
  free?: number[];
  root?: number;
  /** How each object header is written; `n 0 obj` by default. */
  header?: (num: number) => string;
}

/** Appends one revision: the objects, a classic cross-reference table, a trailer with /Prev. */
export function appendUpdate(pdf: Buffer, update: Update): Buffer {
  const { size, root, startxref } = trailerOf(pdf);
  let out = `${pdf.toString('latin1')}\n`;
  const entries: [number, string][] = [];
  for (const [num, body] of update.objects ?? []) {
    entries.push([num, `${String(Buffer.byteLength(out, 'latin1')).padStart(10, '0')} 00000 n `]);
    out += `${update.header ? update.header(num) : `${num} 0 obj`}\n${body.trim()}\nendobj\n`;
  }
  for (const [num, at] of update.pointTo ?? []) entries.push([num, `${String(at).padStart(10, '0')} 00000 n `]);
  for (const num of update.free ?? []) entries.push([num, '0000000000 00001 f ']);
  const xrefAt = Buffer.byteLength(out, 'latin1');
  out += 'xref\n';
  for (const [num, line] of entries.sort((a, b) => a[0] - b[0])) out += `${num} 1\n${line}\n`;
  const newSize = Math.max(size, ...entries.map(([n]) => n + 1));
  out += `trailer\n<< /Size ${newSize} /Root ${update.root ?? root} 0 R /Prev ${startxref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export const stream = (dict: string, data: string) =>
  `<< ${dict} /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;

/** pyHanko writes dictionaries without the spaces and line breaks other writers use. */
export const compact = (body: string) =>
  body
    .replace(/\s+/g, ' ')
    .replace(/\s*(<<|>>|\[|\]|\/)\s*/g, '$1')
    .replace(/(\d) R(?=[/\]>])/g, '$1 R');

/** Adds `item` to the array under `key` in a dictionary's text, creating the array if absent. */
export function withInArray(body: string, key: string, item: string): string {
  const m = new RegExp(`/${key}\\s*\\[([^\\]]*)\\]`).exec(body);
  return m ? body.replace(m[0], `/${key} [${m[1].trim()} ${item}]`) : body.replace(/>>\s*$/, ` /${key} [${item}] >>`);
}

/**
 * A further signature written by hand the way pyHanko does it: a compact signature dictionary
 * and widget, the form's /Fields and the page's /Annots extended, the catalogue rewritten with
 * /Version, /ByteRange over the whole new revision, and the CMS in /Contents.
 */
export function pyhankoStyleSignature(pdf: Buffer, key: SigningKey, page: number, form: number, at: Date): Buffer {
  const { size, root } = trailerOf(pdf);
  const [sig, widget] = [size, size + 1];
  const placeholder = '0'.repeat(16_384 * 2);
  const range = '/ByteRange[0 0000000000 0000000000 0000000000]';
  const when = `D:${at.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
  const objects: [number, string][] = [
    [
      sig,
      `<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached${range}/Contents <${placeholder}>/M(${when})/Name(${key.summary.name})>>`,
    ],
    [widget, `<</Type/Annot/Subtype/Widget/FT/Sig/T(Signature2)/Rect[0 0 0 0]/F 132/P ${page} 0 R/V ${sig} 0 R>>`],
    [form, compact(withInArray(bodyOf(pdf, form), 'Fields', `${widget} 0 R`))],
    [page, compact(withInArray(bodyOf(pdf, page), 'Annots', `${widget} 0 R`))],
    [root, compact(bodyOf(pdf, root).replace(/>>\s*$/, '/Version /1.7>>'))],
  ];
  let out = appendUpdate(pdf, { objects });
  const text = out.toString('latin1');
  const contentsAt = text.indexOf(`<${placeholder}>`);
  const gapEnd = contentsAt + placeholder.length + 2;
  const filled = `/ByteRange[0 ${String(contentsAt).padStart(10, '0')} ${String(gapEnd).padStart(10, '0')} ${String(out.length - gapEnd).padStart(10, '0')}]`;
  out = Buffer.from(text.replace(range, filled), 'latin1');
  const digest = createHash('sha256').update(out.subarray(0, contentsAt)).update(out.subarray(gapEnd)).digest();
  const cms = buildDetachedCms({ contentDigest: digest, cert: key.cert, chain: key.chain, keyPem: key.keyPem }).toString('hex');
  out.write(cms, contentsAt + 1, 'latin1');
  return out;
}
