import { inflateSync } from 'node:zlib';
import { STATEMENTS_FILE_NAME, statementsFileSchema, type StatementsFile } from '../../../../shared/domain/statements';
import { findSignatures } from '../../signing/pdf-signature-fields';

/** Statements files are small; anything bigger is not ours. */
const MAX_JSON = 4 * 1024 * 1024;

export type ReadStatements =
  | { state: 'signed'; file: StatementsFile }
  /** The PDF carries no statements file inside what its first signature covers. */
  | { state: 'none' };

const objectBody = (text: string, num: number): string | null => {
  const start = new RegExp(`(?:^|[^0-9])${num}\\s+0\\s+obj\\b`).exec(text);
  if (!start) return null;
  const end = text.indexOf('endobj', start.index);
  return end < 0 ? null : text.slice(start.index + start[0].length, end);
};

/** An embedded file's bytes: its stream, inflated when it says FlateDecode. */
function streamOf(body: string): Buffer | null {
  const start = body.indexOf('stream');
  const end = body.lastIndexOf('endstream');
  if (start < 0 || end < start) return null;
  const raw = Buffer.from(body.slice(start + 6, end).replace(/^\r?\n/, ''), 'latin1');
  try {
    return /\/FlateDecode/.test(body.slice(0, start)) ? inflateSync(raw, { maxOutputLength: MAX_JSON }) : raw;
  } catch {
    return null;
  }
}

/** The file spec of our statements file: a /Filespec object with AFRelationship /Data and our file name. */
function fileSpecIn(text: string): { num: number; body: string } | null {
  for (let at = text.indexOf('/AFRelationship'); at >= 0; at = text.indexOf('/AFRelationship', at + 1)) {
    const from = Math.max(0, at - 400);
    // The nearest object start before it (the last in the window).
    const open = [...text.slice(from, at).matchAll(/(\d+)\s+0\s+obj\b/g)].at(-1);
    const end = text.indexOf('endobj', at);
    if (!open || end < 0) continue;
    const body = text.slice(from + open.index, end);
    if (/\/AFRelationship\s*\/Data\b/.test(body) && body.includes(`(${STATEMENTS_FILE_NAME})`)) return { num: Number(open[1]), body };
  }
  return null;
}

/**
 * The statements a signed PDF carries, read only from the bytes its first signature covers (so
 * what is shown is what was signed): the file spec named casebook-statements.json with
 * AFRelationship /Data, listed in the catalogue's /AF, its stream parsed and checked.
 */
export function readStatements(pdf: Buffer): ReadStatements {
  const [first] = findSignatures(pdf, 1);
  if (!first) return { state: 'none' };
  const text = pdf.subarray(0, first.byteRange[1]).toString('latin1');
  const spec = fileSpecIn(text);
  if (!spec) return { state: 'none' };
  // Associated with the document itself, not a stray object in the file.
  if (!new RegExp(`/AF\\s*\\[[^\\]]*\\b${spec.num}\\s+0\\s+R`).test(text)) return { state: 'none' };
  const ref = /\/EF\s*<<\s*\/F\s+(\d+)\s+0\s+R/.exec(spec.body);
  const body = ref ? objectBody(text, Number(ref[1])) : null;
  const bytes = body ? streamOf(body) : null;
  if (!bytes || bytes.length > MAX_JSON) return { state: 'none' };
  try {
    const parsed = statementsFileSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success ? { state: 'signed', file: parsed.data } : { state: 'none' };
  } catch {
    return { state: 'none' };
  }
}
