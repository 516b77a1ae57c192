import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { documentsCy, documentsEn } from '../../../shared/i18n/documents';

/*
 * Which language a screen reader reads each part of a tagged PDF in (languages.py: /Lang from
 * pikepdf, text from poppler's structure text), and the check that a bilingual document reads
 * every Welsh and English text of the document catalog in its own language.
 */

const LANGUAGES = path.join(import.meta.dirname, 'languages.py');

export interface Languages {
  /** The text in reading order, consecutive pieces of one language joined. */
  runs: { lang: string; text: string }[];
  /** Elements that declare their own /Lang, with their text. */
  spans: { lang: string; text: string }[];
}

export function languagesOf(files: string[]): Map<string, Languages> {
  const out = execFileSync('/usr/bin/python3', [LANGUAGES, ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const result = new Map<string, Languages>();
  for (const line of out.split('\n').filter(Boolean)) {
    const parsed = JSON.parse(line) as Languages & { file: string; error?: string };
    if (parsed.error) throw new Error(`${parsed.file}: ${parsed.error}`);
    result.set(parsed.file, parsed);
  }
  return result;
}

const leaves = (table: unknown): string[] => (typeof table === 'string' ? [table] : Object.values(table as object).flatMap(leaves));
/** The fixed parts of a catalog text (between its {{placeholders}}) long enough to be this language's own words. */
const phrases = (texts: string[]) =>
  texts
    .flatMap((t) => t.split(/\{\{\w+\}\}/))
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.includes(' ') && p.length >= 8);
const lower = (s: string) => s.toLocaleLowerCase('en-GB');

/** Phrases of the document catalog in one language that the other language's catalog never uses (not a name like "Skills for Life"). */
function ownPhrases(mine: string[], other: string[]): string[] {
  const otherText = lower(other.join('\n'));
  return [...new Set(phrases(mine))].filter((p) => !otherText.includes(lower(p)));
}
const english = ownPhrases(leaves(documentsEn), leaves(documentsCy));
const welsh = ownPhrases(leaves(documentsCy), leaves(documentsEn));

/**
 * Catalog phrases read in the other language: "en-GB read as cy: …". Empty when every one is read
 * in its own. Phrases in `typed` (what the records say in the first language: a name, a role a user
 * typed in English) are the user's words, read in the document's language, and not counted.
 */
export function misreadPhrases(languages: Languages, typed = ''): string[] {
  const problems: string[] = [];
  const users = lower(typed);
  for (const run of languages.runs) {
    const text = lower(run.text);
    const foreign = run.lang.startsWith('en') ? welsh : english;
    // The Welsh version holds every Welsh phrase it prints: only English ones can be a user's words there.
    const typedHere = run.lang.startsWith('en') ? '' : users;
    for (const phrase of foreign)
      if (text.includes(lower(phrase)) && !typedHere.includes(lower(phrase)))
        problems.push(`${run.lang.startsWith('en') ? 'cy' : 'en-GB'} read as ${run.lang}: ${phrase}`);
  }
  return problems;
}
