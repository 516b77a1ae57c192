import { createRequire } from 'node:module';

/*
 * pdfkit (under pdfmake) reads and parses each font file anew for every document, and shapes
 * every word anew: its cache of shaped words lives with the document. Shaping a word with
 * fontkit (the OpenType substitution and kerning tables) is most of the time a report takes.
 * The fonts are bundled and never change, so one parsed font per file and its shaped words are
 * kept for the life of the process and lent to each document.
 *
 * What stays per document: pdfkit's embedded font (its id, its subset of glyphs, widths and
 * ToUnicode map), so each PDF holds exactly the glyphs it uses. A shaped word depends only on
 * the font and the text (pdfkit caches only words laid out without OpenType features, and
 * copies a cached run's positions before changing them), so a word shaped for one document is
 * the same in the next one.
 */

const require = createRequire(import.meta.url);
type Fn = (...args: unknown[]) => unknown;

/** fontkit's parsed font, as far as pdfkit's font equality reads it. */
interface ParsedFont {
  _tables?: { head?: { checkSumAdjustment?: number }; name?: { records?: unknown } };
}
/** pdfkit's EmbeddedFont: one font in one document. */
interface EmbeddedFont {
  name: string;
  font: ParsedFont;
  layoutCache?: Record<string, unknown>;
}
type EmbeddedFontClass = new (document: PdfmakeDocument, font: ParsedFont, id: string) => EmbeddedFont;
interface PdfmakeDocument {
  fontCache: Record<string, Record<string, EmbeddedFont>>;
  options: { fontLayoutCache?: boolean };
  _font: EmbeddedFont;
  _fontCount: number;
  _fontFamilies: Record<string, EmbeddedFont>;
  _fontSource: unknown;
  _fontFamily: unknown;
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
  getFontType(bold: boolean, italics: boolean): string;
  validateLocalFile(file: unknown): void;
  font(src: string): { _font: EmbeddedFont };
}

/**
 * Shaped words kept per font: past this, a document starts the font's cache again, so memory
 * stays bounded over a long session (a document adds only its own words).
 */
export const MAX_SHAPED_WORDS = 20_000;

interface SharedFont {
  parsed: ParsedFont;
  Embedded: EmbeddedFontClass;
  shaped: Record<string, unknown>;
}
const shared = new Map<string, SharedFont>();

/** Forgets every parsed font and shaped word (tests compare a build with a cold one). */
export function forgetFonts() {
  shared.clear();
}

/** pdfkit's test for "this font is already in the document under its PostScript name". */
const sameFont = (a: ParsedFont, b: ParsedFont) =>
  a._tables?.head?.checkSumAdjustment === b._tables?.head?.checkSumAdjustment &&
  JSON.stringify(a._tables?.name?.records) === JSON.stringify(b._tables?.name?.records);

/**
 * What pdfkit's `doc.font(file)` does, with the file's parsed font and shaped words kept: the
 * same ids (F1, F2… in the order fonts are first used) and the same one embedded font per file.
 * The first document to use a file opens it through pdfkit; its parse is the one kept.
 */
function embed(doc: PdfmakeDocument, file: string): EmbeddedFont {
  let kept = shared.get(file);
  let font: EmbeddedFont;
  const known = doc._fontFamilies[file];
  if (known) {
    font = known;
    doc._font = known;
  } else if (!kept) {
    font = doc.font(file)._font;
    kept = { parsed: font.font, Embedded: font.constructor as EmbeddedFontClass, shaped: Object.create(null) as Record<string, unknown> };
    shared.set(file, kept);
  } else {
    doc._fontSource = file;
    doc._fontFamily = undefined;
    font = new kept.Embedded(doc, kept.parsed, `F${++doc._fontCount}`);
    const named = doc._fontFamilies[font.name];
    if (named && sameFont(named.font, font.font)) {
      font = named;
    } else {
      doc._fontFamilies[file] = font;
      if (font.name && !doc._fontFamilies[font.name]) doc._fontFamilies[font.name] = font;
    }
    doc._font = font;
  }
  if (kept && doc.options.fontLayoutCache !== false) {
    if (Object.keys(kept.shaped).length > MAX_SHAPED_WORDS) kept.shaped = Object.create(null) as Record<string, unknown>;
    font.layoutCache = kept.shaped;
  }
  return font;
}

let installed = false;

/** Makes pdfmake's documents take their fonts from the shared cache (once per process). */
export function installFontCache() {
  if (installed) return;
  installed = true;
  const proto = (require('pdfmake/js/PDFDocument') as { default: { prototype: Record<string, Fn> } }).default.prototype;
  const provideFont = proto.provideFont;
  // pdfmake's own provideFont (a TrueType collection, given as [file, name], takes its own path).
  proto.provideFont = function (this: PdfmakeDocument, ...args: unknown[]) {
    const [family, bold, italics] = args as [string, boolean, boolean];
    const file = this.getFontFile(family, bold, italics);
    if (typeof file !== 'string') return provideFont.apply(this, args);
    const type = this.getFontType(bold, italics);
    this.fontCache[family] ??= {};
    if (!this.fontCache[family][type]) {
      this.validateLocalFile(file);
      this.fontCache[family][type] = embed(this, file);
    }
    return this.fontCache[family][type];
  } as Fn;
}
