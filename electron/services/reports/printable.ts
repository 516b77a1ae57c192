import { createRequire } from 'node:module';
import path from 'node:path';
import { splitTexts, type Piece } from './text-pieces';

/*
 * What users type is printed as typed, whatever it holds (issue 19). Runs over a document's
 * content just before layout (`renderPdf`):
 *
 * - Combining marks are composed (Unicode NFC, the same text), see `composed`.
 * - A word longer than a column (a pasted link or hash): pdfmake sizes a table's `*` and `auto`
 *   columns by their longest word, so one 250-character word pushed the other columns off the
 *   page. Each run of LONG_RUN or more non-space characters is cut into pieces of CHUNK grapheme
 *   clusters, and the line breaker may break between them (`breakAfter`, see line-hooks.ts). No
 *   character is added (no zero-width space): a reader gets the word back whole, only wrapped.
 *   Cuts fall between grapheme clusters, so an accent or an emoji sequence is never split.
 * - Emoji: DejaVu has none (pdfmake drew empty boxes, and a flag's tag characters drew boxes over
 *   the next word). Characters DejaVu lacks and Noto Emoji has, with the joiners, skin tones,
 *   variation selectors and tags that follow them, are printed in Noto Emoji (monochrome), so a
 *   sequence is one glyph. pdfmake loads a font only when a piece uses it: a document without
 *   emoji does not embed it.
 * - Hebrew and Arabic: DejaVu Serif has neither and DejaVu Sans Oblique has no Arabic, so those
 *   letters are printed in DejaVu Sans (upright for Arabic). fontkit shapes Arabic (joining forms)
 *   and draws each right-to-left word's glyphs right to left; line-hooks.ts orders the words.
 */

export const EMOJI_FONT = 'NotoEmoji';
const RTL_FONT = 'DejaVuSans';
/** Runs this long are cut: longer than any Welsh or English word. */
export const LONG_RUN = 30;
/** Grapheme clusters per piece of a long run: the narrowest a column holding one can be. */
const CHUNK = 8;
const LONG = new RegExp(`\\S{${LONG_RUN},}`, 'gu');

interface Font {
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): { glyphs: { codePoints: number[] }[] };
}
let fonts: { base: Font; emoji: Font; dir: string; kept: Map<string, boolean> } | null = null;

function coverage(dir: string) {
  if (fonts?.dir !== dir) {
    // The fontkit pdfmake itself draws with (its own dependency), so coverage and shaping agree.
    // Resolved on first use, not at load: processes that never print (and test bundles run from a
    // temporary folder, where pdfmake cannot be resolved) must be able to load the services.
    const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfmake'))('fontkit') as { openSync(file: string): Font };
    const open = (name: string) => fontkit.openSync(path.join(dir, name));
    fonts = { base: open('DejaVuSans.ttf'), emoji: open('NotoEmoji-Regular.ttf'), dir, kept: new Map() };
  }
  return fonts;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const SELECTOR = /[\ufe0e\ufe0f]/gu;

/**
 * Emoji pieces whose every character reaches the text layer. Noto Emoji is monochrome: it draws
 * 👍🏽 as 👍 and its glyph's text is 👍 alone, so the skin tone would vanish from print and from
 * copied text. A sequence the font does not draw whole is printed a character at a time (👍 then
 * the font's skin-tone swatch), which keeps every character, visibly.
 */
function emojiPieces(text: string, font: Font, kept: Map<string, boolean>): Piece[] {
  const pieces: Piece[] = [];
  let whole = '';
  for (const { segment } of graphemes.segment(text)) {
    let drawnWhole = kept.get(segment);
    if (drawnWhole === undefined) {
      const drawn = font.layout(segment).glyphs.flatMap((g) => g.codePoints);
      drawnWhole = Array.from(segment.replace(SELECTOR, ''), (c) => c.codePointAt(0)!).every((cp) => drawn.includes(cp));
      kept.set(segment, drawnWhole);
    }
    if (drawnWhole) {
      whole += segment;
      continue;
    }
    if (whole) pieces.push({ text: whole, font: EMOJI_FONT });
    whole = '';
    for (const char of segment) pieces.push({ text: char, font: EMOJI_FONT });
  }
  if (whole) pieces.push({ text: whole, font: EMOJI_FONT });
  return pieces;
}

/** Zero-width joiner, variation selectors, keycap, skin tones and tag characters: part of the emoji before them. */
const continuesEmoji = (cp: number) =>
  cp === 0x200d || cp === 0xfe0f || cp === 0xfe0e || cp === 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);
const HEBREW = /[\u0590-\u05ff\ufb1d-\ufb4f]/u;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const NEEDS_FONT = /[\u0590-\u06ff\u0750-\u077f\u08a0-\u08ff\u2000-\u{10ffff}]/u;

type Kind = 'emoji' | 'hebrew' | 'arabic' | null;
const piecesOf = (text: string, kind: Kind, emoji: Font, kept: Map<string, boolean>): Piece[] =>
  kind === 'emoji'
    ? emojiPieces(text, emoji, kept)
    : kind === 'hebrew'
      ? [{ text, font: RTL_FONT }]
      : kind === 'arabic'
        ? [{ text, font: RTL_FONT, italics: false }]
        : [text];

/** Pieces of a text in the fonts that have its letters: emoji in Noto Emoji, Hebrew and Arabic in DejaVu Sans. */
function fontPieces(text: string, fontsDir: string): Piece[] | null {
  if (!NEEDS_FONT.test(text)) return null;
  const { base, emoji, kept } = coverage(fontsDir);
  const chars = Array.from(text);
  const pieces: Piece[] = [];
  let run = '';
  let kind: Kind = null;
  chars.forEach((char, i) => {
    const cp = char.codePointAt(0)!;
    const emojiStyled = chars[i + 1] === '\ufe0f' && emoji.hasGlyphForCodePoint(cp);
    const next: Kind =
      kind === 'emoji' && continuesEmoji(cp)
        ? 'emoji'
        : emojiStyled || (!base.hasGlyphForCodePoint(cp) && emoji.hasGlyphForCodePoint(cp))
          ? 'emoji'
          : HEBREW.test(char)
            ? 'hebrew'
            : ARABIC.test(char)
              ? 'arabic'
              : // Spaces and marks between two words of one script stay in that script's piece.
                kind !== 'emoji' && kind !== null && !/[\p{L}\p{N}]/u.test(char)
                ? kind
                : null;
    if (next !== kind) {
      // A right-to-left run's glyphs are drawn right to left, so a space or a mark after it
      // ("שלום / Workshop", "שלום.") would be drawn before it: it is a plain piece of its own,
      // and the line's Unicode bidi order (line-hooks.ts) places it.
      const trailing = kind === 'hebrew' || kind === 'arabic' ? (/[^\p{L}\p{M}\p{N}]+$/u.exec(run)?.[0] ?? '') : '';
      if (run.length > trailing.length) pieces.push(...piecesOf(run.slice(0, run.length - trailing.length), kind, emoji, kept));
      if (trailing) pieces.push(trailing);
      run = '';
      kind = next;
    }
    run += char;
  });
  if (run) pieces.push(...piecesOf(run, kind, emoji, kept));
  return pieces.some((p) => typeof p !== 'string') ? pieces : null;
}

/** Pieces of a text: each run of LONG_RUN or more non-space characters cut into pieces the line may break between. */
function longRunPieces(text: string): Piece[] | null {
  if (text.length < LONG_RUN) return null;
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of text.matchAll(LONG)) {
    if (match.index > at) pieces.push(text.slice(at, match.index));
    const clusters = Array.from(graphemes.segment(match[0]), (s) => s.segment);
    for (let i = 0; i < clusters.length; i += CHUNK) {
      const chunk = clusters.slice(i, i + CHUNK).join('');
      pieces.push(i + CHUNK < clusters.length ? { text: chunk, breakAfter: true } : chunk);
    }
    at = match.index + match[0].length;
  }
  if (at === 0) return null;
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

/**
 * Letters typed with combining marks (w + U+0302) in their composed form (ŵ), which reads the same:
 * a mark drawn as a glyph of its own is read back by text extraction as a separate word ("Llŷ r").
 */
const composed = (text: string): Piece[] | null => {
  const nfc = text.normalize('NFC');
  return nfc === text ? null : [nfc];
};

/** Prepares a document's content for printing (in place). Text kept on one line (`noWrap`) is never cut. */
export function printable(content: unknown, fontsDir: string): void {
  splitTexts(content, composed);
  splitTexts(content, longRunPieces, (node) => Boolean(node.noWrap));
  splitTexts(content, (text) => fontPieces(text, fontsDir));
}
