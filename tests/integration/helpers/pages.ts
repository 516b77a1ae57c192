import { execFileSync } from 'node:child_process';

/*
 * Reading a PDF page by page with poppler, to check layout independently of the code that made
 * it: each page's text as printed (pdftotext -layout -f n -l n), and how far down each page the
 * body text reaches (pdftotext -bbox word boxes).
 */

export const pageCountOf = (file: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

/** Each page's text laid out as printed, one entry per page. */
export function pagesOf(file: string): string[] {
  return Array.from({ length: pageCountOf(file) }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
}

/** Words with their boxes (points from the top of the page), per page. */
export function wordBoxes(file: string): { height: number; words: { text: string; yMin: number; yMax: number }[] }[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => ({
      height: Number(/height="([\d.]+)"/.exec(page)?.[1]),
      words: [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        yMin: Number(m[1]),
        yMax: Number(m[2]),
        text: m[3],
      })),
    }));
}

/**
 * How full each page is: the share of the body area (between the top and bottom margins, so the
 * running header and footer do not count) that lies above the lowest line of body text.
 */
export function pageFill(file: string, margins: { top: number; bottom: number } = { top: 60, bottom: 50 }): number[] {
  return wordBoxes(file).map(({ height, words }) => {
    const body = words.filter((w) => w.yMin >= margins.top - 2 && w.yMax <= height - margins.bottom);
    const lowest = Math.max(margins.top, ...body.map((w) => w.yMax));
    return (lowest - margins.top) / (height - margins.top - margins.bottom);
  });
}
