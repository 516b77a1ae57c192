import { inflateSync } from 'node:zlib';
import type { additionKinds } from '../../../shared/domain/signing';

type Addition = (typeof additionKinds)[number];

interface PdfObject {
  num: number;
  body: string;
}

const OBJECT_START = /(\d+)\s+\d+\s+obj\b/g;
/** A file with thousands of objects in one revision is not a signature's later additions; stop reading there. */
const MAX_OBJECTS = 20_000;
const ANNOTATION_SUBTYPES = /\/Subtype\s*\/(Text|FreeText|Highlight|Underline|StrikeOut|Squiggly|Ink|Square|Circle|Line|Polygon|PolyLine|Stamp|Caret|Popup|FileAttachment|Link)\b/;
/** Object streams hold many small objects; a later revision may put its changes there. */
const MAX_INFLATE = 20 * 1024 * 1024;

/**
 * Every `n g obj … endobj` in the text. The ends are found in one pass and paired by binary
 * search, so a hostile file full of `obj` without `endobj` cannot make this quadratic.
 */
function objectsIn(text: string): PdfObject[] {
  const ends: number[] = [];
  for (let at = text.indexOf('endobj'); at >= 0; at = text.indexOf('endobj', at + 6)) ends.push(at);
  const found: PdfObject[] = [];
  let lo = 0;
  for (const m of text.matchAll(OBJECT_START)) {
    const bodyStart = m.index + m[0].length;
    while (lo < ends.length && ends[lo] < bodyStart) lo += 1;
    if (lo >= ends.length) break;
    const body = text.slice(bodyStart, ends[lo]);
    found.push({ num: Number(m[1]), body });
    found.push(...unpackObjectStream(body));
    if (found.length > MAX_OBJECTS) return [...found, { num: -1, body: '/TooMany' }];
  }
  return found;
}

/** The objects inside a /Type /ObjStm (FlateDecode), or none when it is not one or cannot be read. */
function unpackObjectStream(body: string): PdfObject[] {
  if (!/\/Type\s*\/ObjStm/.test(body)) return [];
  const first = Number(/\/First\s+(\d+)/.exec(body)?.[1] ?? NaN);
  const start = body.indexOf('stream');
  const end = body.lastIndexOf('endstream');
  if (!Number.isFinite(first) || start < 0 || end < start) return [{ num: -1, body: '/Unreadable' }];
  try {
    const raw = Buffer.from(body.slice(start + 6, end).replace(/^\r?\n/, ''), 'latin1');
    const data = /\/FlateDecode/.test(body) ? inflateSync(raw, { maxOutputLength: MAX_INFLATE }).toString('latin1') : raw.toString('latin1');
    const header = data.slice(0, first).trim().split(/\s+/).map(Number);
    const objects: PdfObject[] = [];
    for (let i = 0; i + 1 < header.length; i += 2) {
      const next = i + 3 < header.length ? header[i + 3] : data.length - first;
      objects.push({ num: header[i], body: data.slice(first + header[i + 1], first + next) });
    }
    return objects;
  } catch {
    return [{ num: -1, body: '/Unreadable' }];
  }
}

/** A dictionary's text with the named keys and their values (a reference, array or dictionary) removed. */
function without(body: string, keys: string[]): string {
  let out = body;
  for (const key of keys) {
    out = out.replace(new RegExp(`/${key}\\s*(\\d+\\s+\\d+\\s+R|\\[[^\\]]*\\]|<<(?:[^<>]|<<[^<>]*>>)*>>)`, 'g'), '');
  }
  return out.replace(/\s+/g, ' ').trim();
}

const isSignatureObject = (body: string) => /\/Type\s*\/(Sig|DSS|VRI|DocTimeStamp)\b/.test(body) || /\/FT\s*\/Sig\b/.test(body) || /\/ByteRange\s*\[/.test(body);
const isAnnotation = (body: string) => (/\/Type\s*\/Annot\b/.test(body) || ANNOTATION_SUBTYPES.test(body)) && !/\/Subtype\s*\/Widget/.test(body);

/**
 * What the revisions after a signature changed, told apart: annotations, a further signature,
 * or content. A new object changes nothing until an existing object points to it, so content
 * is judged from redefinitions: a page may gain /Annots, the catalogue /AcroForm, and a
 * signature's form fields and widgets may be added; anything else redefined is a content change.
 */
export function additionsAfter(pdf: Buffer, signedEnd: number): Addition[] {
  const before = new Map<number, string>();
  for (const o of objectsIn(pdf.subarray(0, signedEnd).toString('latin1'))) before.set(o.num, o.body);
  const found = new Set<Addition>();
  for (const o of objectsIn(pdf.subarray(signedEnd).toString('latin1'))) {
    if (o.num < 0) {
      found.add('content');
      continue;
    }
    if (isSignatureObject(o.body)) found.add('signature');
    else if (isAnnotation(o.body)) found.add('annotations');
    const old = before.get(o.num);
    if (old === undefined || old.replace(/\s+/g, ' ').trim() === o.body.replace(/\s+/g, ' ').trim()) continue;
    if (/\/Type\s*\/Page\b/.test(old)) {
      if (without(old, ['Annots']) !== without(o.body, ['Annots'])) found.add('content');
    } else if (/\/Type\s*\/Catalog\b/.test(old)) {
      if (without(old, ['AcroForm', 'DSS', 'Perms']) !== without(o.body, ['AcroForm', 'DSS', 'Perms'])) found.add('content');
    } else if (/\/Fields\s*\[/.test(old) || isAnnotation(old) || /\/Producer|\/ModDate/.test(old)) {
      // The form's field list, an existing annotation, or the document information: not content.
      if (isAnnotation(old)) found.add('annotations');
    } else {
      found.add('content');
    }
  }
  return [...found];
}

/** Revisions are counted by their %%EOF markers: an incremental update adds one. */
export const revisionsIn = (pdf: Buffer, end = pdf.length) => (pdf.subarray(0, end).toString('latin1').match(/%%EOF/g) ?? []).length || 1;
