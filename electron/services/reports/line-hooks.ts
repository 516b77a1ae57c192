import { createRequire } from 'node:module';
import bidiFactory from 'bidi-js';

/*
 * Three things pdfmake 0.3 does not do, added around its line breaker, line builder and aligner:
 *
 * - `breakAfter` on a text piece lets a line break after it although no space follows
 *   (printable.ts cuts a very long word into such pieces; pdfmake otherwise glues pieces that
 *   the Unicode line-break rules do not separate).
 * - Right-to-left text in visual order. fontkit already draws each Hebrew or Arabic word's glyphs
 *   right to left (and shapes Arabic), but pdfmake placed the words of a line left to right in
 *   the order typed, so a Hebrew phrase read backwards. Each built line's words are reordered
 *   by the Unicode Bidirectional Algorithm (bidi-js gives the embedding levels, rule L2 reverses
 *   runs of words): only their x positions change; the words stay in typed (logical) order in
 *   the line, so the content stream, the structure tree and the tagging see the typed order.
 *   The paragraph's direction is that of its first strong letter (rules P2–P3); alignment is
 *   left as the document sets it.
 *   A right-to-left word's glyphs are in the content stream right to left, so a reader that
 *   follows the content would get its letters backwards: the tagging gives each such word a Span
 *   whose /ActualText is the word as typed (`isRightToLeft`, tagging/render-hooks.ts).
 * - Justified lines widen the spaces only. pdfmake spread a justified line's spare width between
 *   all its inlines, so a word printed as several pieces (a long word cut by printable.ts, a
 *   word half bold) opened gaps inside itself; and it spread it in typed order, which scrambles a
 *   line whose words were reordered right to left.
 */

const require = createRequire(import.meta.url);
type Fn = (this: unknown, ...args: unknown[]) => unknown;
type Proto = Record<string, Fn>;
const protoOf = (module: string): Proto => (require(module) as { default: { prototype: Proto } }).default.prototype;

interface Inline {
  text: string;
  width: number;
  x: number;
  breakAfter?: boolean;
  noNewLine?: boolean;
  trailingCut?: number;
  leadingCut?: number;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
}
interface Line {
  inlines: Inline[];
}
interface Justified extends Inline {
  justifyShift?: number;
}
interface TextNode {
  text?: unknown;
  _cbDirection?: 'ltr' | 'rtl';
}

const bidi = bidiFactory();
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
/** Does this text hold right-to-left letters (Hebrew, Arabic)? fontkit draws such a word's glyphs right to left. */
export const isRightToLeft = (text: unknown): boolean => typeof text === 'string' && RTL.test(text);
const STRONG = /[\p{L}]/u;

const plain = (text: unknown): string =>
  typeof text === 'string'
    ? text
    : Array.isArray(text)
      ? text.map(plain).join('')
      : typeof text === 'object' && text
        ? plain((text as { text?: unknown }).text)
        : '';

/** A paragraph's direction: that of its first strong letter. */
function directionOf(node: TextNode): 'ltr' | 'rtl' {
  if (!node._cbDirection) {
    const first = Array.from(plain(node.text)).find((c) => STRONG.test(c));
    node._cbDirection = first && RTL.test(first) ? 'rtl' : 'ltr';
  }
  return node._cbDirection;
}

/** The line's words in visual order (rule L2 over the words' levels). */
export function visualOrder(texts: string[], direction: 'ltr' | 'rtl'): number[] {
  const { levels } = bidi.getEmbeddingLevels(texts.join(''), direction);
  let at = 0;
  // A word's level is that of its first non-space character (its trailing space may differ).
  const wordLevels = texts.map((text) => {
    const own = at + Math.max(0, text.search(/\S/u));
    at += text.length;
    return levels[own] ?? (direction === 'rtl' ? 1 : 0);
  });
  const order = texts.map((_, i) => i);
  const highest = Math.max(...wordLevels);
  const lowestOdd = Math.min(...wordLevels.map((l) => (l % 2 === 1 ? l : l + 1)));
  for (let level = highest; level >= lowestOdd; level -= 1) {
    for (let i = 0; i < order.length;) {
      if (wordLevels[order[i]] < level) {
        i += 1;
        continue;
      }
      let end = i;
      while (end + 1 < order.length && wordLevels[order[end + 1]] >= level) end += 1;
      order.splice(i, end - i + 1, ...order.slice(i, end + 1).reverse());
      i = end + 1;
    }
  }
  return order;
}

/**
 * A word and the spaces after it, as two inlines: in a line that mixes directions the space
 * between an English word and a Hebrew one belongs to neither and may be drawn on the other side
 * of the word. pdfmake already measured the spaces (`trailingCut`).
 */
function splitTrailingSpaces(inlines: Inline[]): Inline[] {
  return inlines.flatMap((inline) => {
    const spaces = /\s+$/u.exec(inline.text)?.[0];
    if (!spaces || spaces === inline.text || !inline.trailingCut) return [inline];
    const space: Inline = { ...inline, text: spaces, width: inline.trailingCut, leadingCut: 0 };
    delete space.link;
    delete space.linkToPage;
    delete space.linkToDestination;
    inline.text = inline.text.slice(0, -spaces.length);
    inline.width -= inline.trailingCut;
    inline.trailingCut = 0;
    return [inline, space];
  });
}

function reorder(line: Line, node: TextNode) {
  if (line.inlines.length < 2 || !line.inlines.some((inline) => RTL.test(inline.text))) return;
  const inlines = splitTrailingSpaces(line.inlines);
  line.inlines = inlines;
  const order = visualOrder(
    inlines.map((inline) => inline.text),
    directionOf(node),
  );
  let x = inlines[0].x;
  for (const index of order) {
    inlines[index].x = x;
    x += inlines[index].width;
  }
}

/** Re-spreads a justified line's spare width over the spaces between its words, left to right as printed. */
function justifyAtSpaces(line: Line) {
  const inlines = line.inlines as Justified[];
  const spacing = inlines[1]?.justifyShift;
  if (!spacing) return;
  // Undo pdfmake's spreading (inline i was moved right by i × spacing).
  inlines.forEach((inline, i) => {
    inline.x -= i * spacing;
    inline.justifyShift = 0;
  });
  const visual = [...inlines].sort((a, b) => a.x - b.x);
  const gapBefore = visual.map((inline, k) => k > 0 && (/\s$/u.test(visual[k - 1].text) || /^\s/u.test(inline.text)));
  const gaps = gapBefore.filter(Boolean).length;
  if (gaps === 0) return;
  const share = (spacing * (inlines.length - 1)) / gaps;
  let shift = 0;
  visual.forEach((inline, k) => {
    if (gapBefore[k]) {
      shift += share;
      inline.justifyShift = share;
    }
    inline.x += shift;
  });
}

let installed = false;

/** Wraps pdfmake's line breaker and line builder once per process. */
export function installTextHooks() {
  if (installed) return;
  installed = true;
  const breaker = protoOf('pdfmake/js/TextBreaker');
  const getBreaks = breaker.getBreaks;
  breaker.getBreaks = function (this: unknown, ...args: unknown[]) {
    const words = getBreaks.apply(this, args) as Inline[];
    for (const word of words) if (word.breakAfter) delete word.noNewLine;
    return words;
  };
  const builder = protoOf('pdfmake/js/LayoutBuilder');
  const buildNextLine = builder.buildNextLine;
  builder.buildNextLine = function (this: unknown, ...args: unknown[]) {
    const line = buildNextLine.apply(this, args) as Line | null;
    if (line) reorder(line, args[0] as TextNode);
    return line;
  };
  const writer = protoOf('pdfmake/js/ElementWriter');
  const alignLine = writer.alignLine;
  writer.alignLine = function (this: unknown, ...args: unknown[]) {
    const result = alignLine.apply(this, args);
    justifyAtSpaces(args[0] as Line);
    return result;
  };
}
