import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docText, docTextFor, documentLanguages, documentsCy, documentsEn, pdfLang } from '../../../shared/i18n/documents';

type Tree = { [key: string]: unknown };
const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(id, value);
    else for (const [k, v] of flatten(value as Tree, id)) out.set(k, v);
  }
  return out;
};
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(pluralSuffix, '');
const vars = (text: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join();
const en = flatten(documentsEn);
const cy = flatten(documentsCy);
const welshLetters = 'âêîôûŵŷÂÊÎÔÛŴŶẁẃẅỳýÿẀẂẄỲÝŸäëïöüáéíóúàèìòù';

describe('the fixed text of every document, in English and Welsh', () => {
  it('has a Welsh string for every English one, with all six plural forms and the same placeholders', () => {
    const missing = [...en.keys()].filter((k) => !pluralSuffix.test(k) && !cy.has(k));
    const forms = new Intl.PluralRules('cy').resolvedOptions().pluralCategories;
    const plurals = [...new Set([...en.keys()].filter((k) => pluralSuffix.test(k)).map(base))];
    const missingForms = plurals.flatMap((b) => forms.map((f) => `${b}_${f}`)).filter((k) => !cy.has(k));
    const extra = [...cy.keys()].filter((k) => !en.has(k) && !plurals.includes(base(k)));
    const wrongVars = [...cy.entries()]
      .filter(([k, text]) => vars(en.get(k) ?? en.get(`${base(k)}_other`) ?? '') !== vars(text))
      .map(([k]) => k);
    expect({ missing, missingForms, extra, wrongVars }).toEqual({ missing: [], missingForms: [], extra: [], wrongVars: [] });
  });

  it('fills values and picks Welsh plural forms', () => {
    expect(docText('cy', 'commitmentCertificate.title', { authority: 'Cyngor Gwynedd' })).toBe('Tystysgrif ymrwymiad — Cyngor Gwynedd');
    expect([1, 2, 3, 6, 10].map((count) => docText('cy', 'actionIssueLog.actionCount', { count }))).toEqual([
      '1 cam gweithredu',
      '2 gam gweithredu',
      '3 cham gweithredu',
      '6 cham gweithredu',
      '10 cam gweithredu',
    ]);
    expect(docText('en', 'actionIssueLog.actionCount', { count: 2 })).toBe('2 actions');
    expect(() => docText('cy', 'commitmentCertificate.nothing')).toThrow(/No cy document text/);
  });

  it('puts Welsh first in a bilingual document and marks the PDF language', () => {
    expect(documentLanguages('bilingual')).toEqual(['cy', 'en']);
    expect(docTextFor('bilingual', 'commitmentCertificate.heading')).toBe('Tystysgrif Ymrwymiad / Certificate of Commitment');
    expect([pdfLang('en'), pdfLang('cy'), pdfLang('bilingual')]).toEqual(['en-GB', 'cy', 'cy']);
  });

  it('every bundled document font draws every Welsh letter and every letter the Welsh text uses', async () => {
    // fontkit (pdfmake's font engine) ships no type declarations; only openSync is needed here.
    const moduleName = 'fontkit';
    const fontkit = (await import(moduleName)) as { openSync: (file: string) => unknown };
    const dir = path.resolve(import.meta.dirname, '../../../resources/fonts');
    const used = new Set([...welshLetters, ...[...cy.values()].join('')]);
    // Every text font; the emoji font is only a fallback for emoji runs and draws no letters.
    const textFonts = readdirSync(dir).filter((f) => f.endsWith('.ttf') && !f.startsWith('NotoEmoji'));
    expect(textFonts.length).toBeGreaterThanOrEqual(7);
    for (const file of textFonts) {
      const font = fontkit.openSync(path.join(dir, file)) as unknown as { hasGlyphForCodePoint: (c: number) => boolean };
      const missing = [...used].filter((ch) => ch.trim() !== '' && !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
      expect(missing, file).toEqual([]);
    }
  });
});
