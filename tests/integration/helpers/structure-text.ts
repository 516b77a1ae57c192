import { execFileSync } from 'node:child_process';

/*
 * Two independent readings of a tagged PDF, both by poppler: the text of its structure tree in
 * structure order (`pdfinfo -struct-text`) and the words a reader sees on the pages in reading
 * order (`pdftotext -bbox`, with where each word is). A screen reader reads the first; the
 * second is what is printed.
 */

export const structText = (file: string): string =>
  execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 64 << 20 });

/** The words of the header cells (TH) of every table: a header row may be printed again on each page. */
export function headerCellWords(file: string): Set<string> {
  const stack: { indent: number; type: string }[] = [];
  const found = new Set<string>();
  for (const line of structText(file).split('\n')) {
    const indent = line.length - line.trimStart().length;
    const piece = /^\s*"(.*)"\s*$/.exec(line)?.[1];
    while (stack.length && stack.at(-1)!.indent >= indent) stack.pop();
    if (piece === undefined) stack.push({ indent, type: line.trim().split(/[\s:]/)[0] });
    else if (stack.some((s) => s.type === 'TH')) for (const word of words(piece)) found.add(word);
  }
  return found;
}

/** The text of every laid-out line (one marked-content sequence each), in structure order. */
export function structurePieces(file: string): string[] {
  return structText(file)
    .split('\n')
    .map((line) => /^\s*"(.*)"\s*$/.exec(line)?.[1])
    .filter((piece): piece is string => piece !== undefined);
}

/** The text of every structure element, in structure order, as words. */
export function structureWords(file: string): string[] {
  // An element's text comes as several quoted pieces (one per line laid out): they join as printed.
  let text = '';
  let inElement = false;
  for (const line of structText(file).split('\n')) {
    const piece = /^\s*"(.*)"\s*$/.exec(line)?.[1];
    if (piece === undefined) inElement = false;
    else {
      text += (inElement ? '' : ' ') + piece;
      inElement = true;
    }
  }
  return words(text);
}

export interface VisibleWord {
  word: string;
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  pageHeight: number;
}

const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The printed words in pdftotext's reading order, each with its page and box. */
export function visibleWords(file: string): VisibleWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const result: VisibleWord[] = [];
  html
    .split(/<page /)
    .slice(1)
    .forEach((page, index) => {
      const pageHeight = Number(/height="([\d.]+)"/.exec(page)?.[1]);
      for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        const [xMin, yMin, xMax, yMax] = [1, 2, 3, 4].map((i) => Number(m[i]));
        for (const word of words(decode(m[5]))) result.push({ word, page: index + 1, xMin, xMax, yMin, yMax, pageHeight });
      }
    });
  return result;
}

/** Words, a hyphenated word split after its hyphen (pdfmake may break a line there). */
export const words = (text: string): string[] =>
  text
    .replace(/-(?=\S)/g, '- ')
    .split(/\s+/)
    .filter((w) => w.length > 0);

export interface VisibleLine {
  text: string;
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** The printed lines as poppler finds them (a table cell's line is a line of its own). */
export function visibleLines(file: string): VisibleLine[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const result: VisibleLine[] = [];
  html
    .split(/<page /)
    .slice(1)
    .forEach((page, index) => {
      for (const m of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
        const text = [...m[5].matchAll(/>([^<]*)<\/word>/g)].map((w) => decode(w[1])).join(' ');
        result.push({ text, page: index + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
      }
    });
  return result;
}

export interface ReadingComparison {
  /** Structure words with no printed word left to be (the first few). */
  notPrinted: string[];
  /** Printed words the structure does not read, outside the header and footer bands and repeated header rows. */
  unread: string[];
  /** Places where reading goes back (an earlier page, or up a page without moving right to another column). */
  backwards: string[];
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

function countWords(list: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * A word longer than its column is printed a piece per line (the documents cut such words, see
 * electron/services/reports/printable.ts); the structure reads it whole, as typed. A read word
 * that is not printed whole counts as printed when printed words not otherwise read spell it, in
 * order (pdftotext may put another column's words between its pieces, so they are not looked
 * for side by side). The pieces are then taken as that word.
 */
function joinBrokenWords(read: Map<string, number>, seen: Map<string, number>) {
  const spare = (word: string) => (seen.get(word) ?? 0) - (read.get(word) ?? 0);
  const spell = (rest: string, depth: number): string[] | null => {
    if (rest === '') return [];
    if (depth > 200) return null;
    for (let length = rest.length - (depth === 0 ? 1 : 0); length > 0; length -= 1) {
      const piece = rest.slice(0, length);
      if (spare(piece) <= 0) continue;
      seen.set(piece, (seen.get(piece) ?? 0) - 1);
      const others = spell(rest.slice(length), depth + 1);
      seen.set(piece, (seen.get(piece) ?? 0) + 1);
      if (others) return [piece, ...others];
    }
    return null;
  };
  for (const [word, n] of read) {
    for (let missing = n - (seen.get(word) ?? 0); missing > 0; missing -= 1) {
      const pieces = word.length >= 2 ? spell(word, 0) : null;
      if (!pieces) break;
      for (const piece of pieces) seen.set(piece, (seen.get(piece) ?? 0) - 1);
      seen.set(word, (seen.get(word) ?? 0) + 1);
    }
  }
}

/**
 * Compares what a screen reader reads with what is printed. Words: the structure reads every
 * printed word once (the running header and footer bands, and a table's header row printed
 * again on a new page, are artifacts) and nothing that is not printed. Order: each laid-out line
 * the structure reads that is printed exactly once is found on its page, and reading never goes
 * to an earlier page, nor back up a page without moving right to the next column. (pdftotext
 * reads side-by-side cells line by line across the row, a screen reader reads each cell down, so
 * the order check is by position rather than by pdftotext's word order.)
 */
export function compareReading(
  structure: { words: string[]; pieces: string[] },
  visible: { words: VisibleWord[]; lines: VisibleLine[] },
  bands: { top: number; bottom: number },
  repeated: Set<string>,
): ReadingComparison {
  const inBand = (v: { yMin: number; yMax: number }, pageHeight: number) => v.yMax <= bands.top || v.yMin >= pageHeight - bands.bottom;
  // Letter-spaced capitals (a certificate's kicker) print as a word per letter or two: such a
  // line counts as read when a laid-out line reads the same letters.
  const spaced = visible.lines.filter((line) => {
    const parts = words(line.text);
    return parts.length >= 5 && parts.filter((p) => p.length <= 2).length >= parts.length * 0.6;
  });
  const spacedRead = spaced.filter((line) => structure.pieces.some((piece) => squeeze(piece) === squeeze(line.text)));
  const onSpacedLine = (v: VisibleWord) =>
    spacedRead.some(
      (line) =>
        line.page === v.page &&
        v.yMin >= line.yMin - 0.5 &&
        v.yMax <= line.yMax + 0.5 &&
        v.xMin >= line.xMin - 0.5 &&
        v.xMax <= line.xMax + 0.5,
    );
  const printed = visible.words.filter((v) => !inBand(v, v.pageHeight) && !onSpacedLine(v));
  const read = countWords(structure.words);
  for (const line of spacedRead)
    for (const word of words(structure.pieces.find((piece) => squeeze(piece) === squeeze(line.text)) ?? ''))
      read.set(word, (read.get(word) ?? 1) - 1);
  const seen = countWords(printed.map((v) => v.word));
  joinBrokenWords(read, seen);
  const notPrinted: string[] = [];
  const unread: string[] = [];
  for (const [word, n] of read) if ((seen.get(word) ?? 0) < n) notPrinted.push(`${word} ×${n - (seen.get(word) ?? 0)}`);
  for (const [word, n] of seen) if ((read.get(word) ?? 0) < n && !repeated.has(word)) unread.push(`${word} ×${n - (read.get(word) ?? 0)}`);

  const byText = new Map<string, VisibleLine[]>();
  for (const line of visible.lines) byText.set(squeeze(line.text), [...(byText.get(squeeze(line.text)) ?? []), line]);
  const pieceCounts = countWords(structure.pieces.map(squeeze));
  const backwards: string[] = [];
  let previous: VisibleLine | undefined;
  for (const piece of structure.pieces) {
    // Only lines printed once and read once place the reader without doubt.
    const places = byText.get(squeeze(piece)) ?? [];
    if (places.length !== 1 || pieceCounts.get(squeeze(piece)) !== 1) continue;
    const line = places[0];
    if (previous) {
      const earlierPage = line.page < previous.page;
      const upAndLeft = line.page === previous.page && line.yMax < previous.yMin - 1 && line.xMin < previous.xMax - 1;
      if (earlierPage || upAndLeft) backwards.push(`“${previous.text}” → “${line.text}” (page ${line.page})`);
    }
    previous = line;
  }
  return { notPrinted: notPrinted.slice(0, 10), unread: unread.slice(0, 10), backwards: backwards.slice(0, 10) };
}
