import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { compareReading, headerCellWords, structurePieces, structureWords, visibleLines, visibleWords } from './structure-text';

/*
 * Everything a tagged, signed Casebook PDF must pass, read back by tools that are not ours:
 * qpdf (no warnings), pdfinfo (tagged, PDF 1.7), poppler's structure text against its printed
 * text (structure-text.ts), and the Matterhorn Protocol conditions in matterhorn.py (pikepdf).
 * Returns the problems per file; an empty object means every file passed.
 */

const MATTERHORN = path.join(import.meta.dirname, 'matterhorn.py');

/**
 * Header and footer bands in points from the page's top and bottom edge: the running header
 * is drawn 25 pt from the top and ends above 40; the body starts at the top margin (40 pt or
 * more) and ends above the bottom margin (50 pt, 56 on a certificate, whose footer starts 4 pt lower).
 */
const BANDS = { top: 40, bottom: 57 };

function qpdfWarnings(file: string): string[] {
  const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  const out = `${run.stdout}${run.stderr}`;
  return run.status === 0 && !/WARNING/i.test(out)
    ? []
    : [
        `qpdf --check (exit ${run.status}): ${out
          .split('\n')
          .filter((l) => /warn|error/i.test(l))
          .slice(0, 3)
          .join(' | ')}`,
      ];
}

function pdfinfoProblems(file: string): string[] {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const problems: string[] = [];
  if (!/^Tagged:\s+yes$/m.test(info)) problems.push('pdfinfo: not tagged');
  if (!/^PDF version:\s+1\.7$/m.test(info)) problems.push(`pdfinfo: ${/^PDF version:.*$/m.exec(info)?.[0]}`);
  return problems;
}

function readingProblems(file: string): string[] {
  const structure = { words: structureWords(file), pieces: structurePieces(file) };
  if (structure.words.length === 0) return ['pdfinfo -struct-text: no structure text'];
  const visible = { words: visibleWords(file), lines: visibleLines(file) };
  const { notPrinted, unread, backwards } = compareReading(structure, visible, BANDS, headerCellWords(file));
  return [
    ...(notPrinted.length ? [`read but not printed: ${notPrinted.join(' ')}`] : []),
    ...(unread.length ? [`printed but not read: ${unread.join(', ')}`] : []),
    ...(backwards.length ? [`read out of order: ${backwards.join(', ')}`] : []),
  ];
}

/** Matterhorn failures per file, from one run of the Python checker over all of them. */
export function matterhorn(files: string[]): Map<string, string[]> {
  const out = execFileSync('/usr/bin/python3', [MATTERHORN, ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const result = new Map<string, string[]>();
  for (const line of out.split('\n').filter(Boolean)) {
    const { file, failures } = JSON.parse(line) as { file: string; failures: { id: string; what: string }[] };
    result.set(
      file,
      failures.map((f) => `Matterhorn ${f.id}: ${f.what}`),
    );
  }
  return result;
}

export function accessibilityProblems(files: string[], options: { signed: boolean } = { signed: true }): Record<string, string[]> {
  const checked = matterhorn(files);
  const problems: Record<string, string[]> = {};
  for (const file of files) {
    const found = [
      ...(options.signed ? qpdfWarnings(file) : []),
      ...pdfinfoProblems(file),
      ...readingProblems(file),
      ...(checked.get(file) ?? ['Matterhorn: not checked']),
    ];
    if (found.length) problems[path.basename(file)] = found;
  }
  return problems;
}
