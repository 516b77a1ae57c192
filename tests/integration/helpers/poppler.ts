import { execFileSync } from 'node:child_process';

/** `pdfsig`'s report on a file; it exits non-zero when a signature is bad, but still reports on stdout. */
export function pdfsig(file: string): string {
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? '');
  }
}

/** `pdftotext -layout`: the page text laid out as printed. */
export const pdftotextLayout = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

/** The text in reading order with line breaks folded, so wrapped titles read as one phrase. */
export const pdftextFolded = (file: string): string => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
