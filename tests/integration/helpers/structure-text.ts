import { execFileSync } from 'node:child_process';

/*
 * Two independent readings of a tagged PDF, both by poppler: the text of its structure tree in
 * structure order (`pdfinfo -struct-text`) and the words a reader sees on the pages in reading
 * order (`pdftotext -bbox`, with where each word is). A screen reader reads the first; the
 * second is what is printed.
 */

/** The text of every structure element, in structure order, as words. */
export function structureWords(file: string): string[] {
  const out = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  // An element's text comes as several quoted pieces (one per line laid out): they join as printed.
  let text = '';
  let inElement = false;
  for (const line of out.split('\n')) {
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

const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');

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

export interface ReadingComparison {
  /** Structure words with no printed word left to be (the first few). */
  notPrinted: string[];
  /** Printed words the structure does not read, outside the header and footer bands and repeated header rows. */
  unread: string[];
  /** Places where reading goes back up the page without moving to a column on the right. */
  backwards: string[];
}

/**
 * Compares what a screen reader reads with what is printed. Each structure word takes the first
 * printed word of that spelling not yet taken, from the page reached so far on. Then: every
 * structure word is printed; every printed word is read, unless it is in the header or footer
 * band or is in `repeated` (a table's header row printed again on a new page, an artifact); and
 * reading never goes back up a page unless it moves right to the next column (pdftotext reads
 * side-by-side columns line by line across, a screen reader reads each column down, so the
 * order check is geometric rather than pdftotext's word order).
 */
export function compareReading(structure: string[], visible: VisibleWord[], bands: { top: number; bottom: number }, repeated: Set<string>): ReadingComparison {
  // The running header and footer are artifacts: never what a structure word stands for.
  const inBand = (v: VisibleWord) => v.yMax <= bands.top || v.yMin >= v.pageHeight - bands.bottom;
  const taken = new Set<number>();
  const notPrinted: string[] = [];
  const backwards: string[] = [];
  let page = 1;
  let previous: VisibleWord | undefined;
  for (const word of structure) {
    const at = visible.findIndex((v, i) => !taken.has(i) && v.page >= page && v.word === word && !inBand(v));
    if (at < 0) {
      notPrinted.push(word);
      continue;
    }
    taken.add(at);
    const seen = visible[at];
    if (previous && seen.page === previous.page && seen.yMax < previous.yMin - 1 && seen.xMin < previous.xMax - 1) {
      backwards.push(`${previous.word} → ${seen.word} (page ${seen.page})`);
    }
    page = seen.page;
    previous = seen;
  }
  const unread = visible
    .filter((v, i) => !taken.has(i))
    .filter((v) => !inBand(v) && !repeated.has(v.word))
    .map((v) => `${v.word} (page ${v.page})`);
  return { notPrinted: notPrinted.slice(0, 10), unread: unread.slice(0, 10), backwards: backwards.slice(0, 10) };
}
