/*
 * Appends an incremental update to a PDF, as a reader does when someone adds a sticky note:
 * a new annotation object, the page rewritten with /Annots, a new xref section and trailer.
 */

function lastObject(text: string, num: number): string {
  const matches = [...text.matchAll(new RegExp(`(?:^|\\s)${num}\\s+0\\s+obj\\b([\\s\\S]*?)endobj`, 'g'))];
  return matches[matches.length - 1][1];
}

function trailerOf(text: string) {
  const size = Number([...text.matchAll(/\/Size\s+(\d+)/g)].pop()?.[1]);
  const root = [...text.matchAll(/\/Root\s+(\d+\s+\d+\s+R)/g)].pop()?.[1];
  const startxref = Number([...text.matchAll(/startxref\s+(\d+)/g)].pop()?.[1]);
  return { size, root, startxref };
}

/** Appends objects as a new revision; `objects` maps object number to its body. */
export function appendRevision(pdf: Buffer, objects: Map<number, string>): Buffer {
  const text = pdf.toString('latin1');
  const { size, root, startxref } = trailerOf(text);
  let out = pdf.toString('latin1') + '\n';
  const offsets: [number, number][] = [];
  for (const [num, body] of objects) {
    offsets.push([num, Buffer.byteLength(out, 'latin1')]);
    out += `${num} 0 obj\n${body.trim()}\nendobj\n`;
  }
  const xrefAt = Buffer.byteLength(out, 'latin1');
  out += 'xref\n';
  for (const [num, at] of offsets.sort((a, b) => a[0] - b[0])) out += `${num} 1\n${String(at).padStart(10, '0')} 00000 n \n`;
  const newSize = Math.max(size, ...offsets.map(([n]) => n + 1));
  out += `trailer\n<< /Size ${newSize} /Root ${root} /Prev ${startxref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The first page's object number. */
export function firstPage(pdf: Buffer): number {
  const m = /(\d+)\s+0\s+obj\s*<<(?:(?!endobj)[\s\S])*?\/Type\s*\/Page\b(?!s)/.exec(pdf.toString('latin1'));
  if (!m) throw new Error('no page');
  return Number(m[1]);
}

/** A sticky-note annotation on page 1, added in a new revision. */
export function addAnnotation(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const page = firstPage(pdf);
  const { size } = trailerOf(text);
  const body = lastObject(text, page);
  const annots = /\/Annots\s*\[([^\]]*)\]/.exec(body);
  const pageBody = annots
    ? body.replace(annots[0], `/Annots [${annots[1]} ${size} 0 R]`)
    : body.replace(/>>\s*$/, ` /Annots [${size} 0 R] >>`);
  return appendRevision(
    pdf,
    new Map([
      [size, `<< /Type /Annot /Subtype /Text /Rect [50 50 70 70] /Contents (Checked by the tribunal clerk) /P ${page} 0 R >>`],
      [page, pageBody],
    ]),
  );
}

/** Rewrites the first page so it shows other content: what tampering by incremental update looks like. */
export function replacePageContent(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const page = firstPage(pdf);
  const { size } = trailerOf(text);
  const body = lastObject(text, page).replace(/\/Contents\s*(\d+\s+0\s+R|\[[^\]]*\])/, `/Contents ${size} 0 R`);
  const stream = 'BT /F1 24 Tf 72 700 Td (Recommendation: do not award) Tj ET';
  return appendRevision(
    pdf,
    new Map([
      [size, `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`],
      [page, body],
    ]),
  );
}
