import { docText } from '../../../../shared/i18n/documents';

/*
 * The signature field arrives after tagging, in the incremental update that @signpdf's
 * placeholder writes. PDF/UA wants every widget in the structure tree (inside a Form element)
 * and named for assistive technology (/TU). The renderer reserved a Form element and its
 * parent-tree key (render-hooks.ts); here, before the signature is computed, the update is
 * rewritten so that the widget carries /TU and /StructParent and a new version of the Form
 * element points at it. The update's cross-reference table is written afresh, which also puts
 * `startxref` exactly on `xref` (the placeholder's was one byte early: qpdf's "extraneous
 * whitespace seen before xref").
 */

const latin1 = (buffer: Buffer) => buffer.toString('latin1');

/** A PDF text string any reader decodes: UTF-16BE with its byte-order mark, in hex. */
export function pdfTextString(text: string): string {
  const utf16 = Buffer.from(text, 'utf16le');
  utf16.swap16();
  return `<FEFF${utf16.toString('hex').toUpperCase()}>`;
}

interface ReservedForm {
  object: number;
  parent: string;
  key: number;
}

/** The empty Form element the renderer reserved, and its parent-tree key. */
function reservedForm(original: string): ReservedForm | null {
  const form = /\n(\d+) 0 obj\n<<\n\/S \/Form\n\/P (\d+ 0 R)\n\/K \[\]\n>>\nendobj/.exec(original);
  if (!form) return null;
  const key = new RegExp(`^\\s*(\\d+) ${form[1]} 0 R\\s*$`, 'm').exec(original);
  if (!key) return null;
  return { object: Number(form[1]), parent: form[2], key: Number(key[1]) };
}

/** The catalog's /Lang: Welsh documents name the field in Welsh. */
const languageOf = (original: string) => (/\/Lang \(cy\)/.test(original) ? 'cy' : 'en');

/**
 * Rewrites the placeholder's incremental update of `withPlaceholder` (whose first
 * `originalLength` bytes are the document as rendered). A document without a reserved Form
 * element (not made by Casebook's renderer) only gets its cross-reference table rewritten.
 */
export function linkSignatureField(withPlaceholder: Buffer, originalLength: number, signerName: string): Buffer {
  const original = latin1(withPlaceholder.subarray(0, originalLength));
  if (!/%%EOF\s*$/.test(original)) return withPlaceholder;
  const update = latin1(withPlaceholder.subarray(originalLength));
  const objectPattern = /(\d+) 0 obj\n[\s\S]*?\nendobj\n/g;
  const objects = [...update.matchAll(objectPattern)].map((m) => ({ number: Number(m[1]), text: m[0] }));
  const trailer = /trailer\n<<[\s\S]*?>>\n/.exec(update)?.[0];
  if (!objects.length || !trailer) return withPlaceholder;

  const form = reservedForm(original);
  const widget = objects.find((o) => /\/Subtype \/Widget\n\/FT \/Sig\n/.test(o.text));
  if (form && widget) {
    const page = /\/P (\d+ 0 R)/.exec(widget.text)?.[1];
    const name = pdfTextString(docText(languageOf(original), 'accessibility.digitalSignature', { name: signerName }));
    widget.text = widget.text.replace('<<\n', `<<\n/TU ${name}\n/StructParent ${form.key}\n`);
    const objr = `<< /Type /OBJR /Obj ${widget.number} 0 R${page ? ` /Pg ${page}` : ''} >>`;
    objects.push({ number: form.object, text: `${form.object} 0 obj\n<<\n/S /Form\n/P ${form.parent}\n/K ${objr}\n>>\nendobj\n` });
  }

  const lead = update.slice(0, update.search(objectPattern));
  let body = lead;
  const offsets = new Map<number, number>();
  for (const object of objects) {
    offsets.set(object.number, originalLength + Buffer.byteLength(body, 'latin1'));
    body += `${object.text}\n`;
  }
  const xrefAt = originalLength + Buffer.byteLength(body, 'latin1');
  const entries = [...offsets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, offset]) => `${number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`);
  const xref = `xref\n0 1\n0000000000 65535 f \n${entries.join('')}${trailer}startxref\n${xrefAt}\n%%EOF`;
  return Buffer.concat([withPlaceholder.subarray(0, originalLength), Buffer.from(body + xref, 'latin1')]);
}
