import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LanguageSpans, withLanguageSpans, type LanguagePiece } from '../../../electron/services/reports/language-spans';
import { docLang } from '../../../electron/services/reports/lang';

const textOf = (pieces: unknown): string =>
  typeof pieces === 'string' ? pieces : Array.isArray(pieces) ? pieces.map(textOf).join('') : textOf((pieces as { text: unknown }).text);
const word = fc.stringMatching(/^[A-Za-zŵŷâêîôûŴŶ]{1,8}( [A-Za-zŵŷâêîôû]{1,8}){0,3}$/);

describe('language spans of a bilingual document', () => {
  it('split a printed text into pieces that print the same characters, each half in its language', () => {
    fc.assert(
      fc.property(word, word, fc.constantFrom(' / ', '\n', ' '), fc.string(), fc.string(), (cy, en, separator, before, after) => {
        fc.pre(cy !== en);
        const spans = new LanguageSpans();
        const joined = spans.join(
          [
            { text: cy, lang: 'cy' },
            { text: en, lang: 'en-GB' },
          ],
          separator,
        );
        const printed = `${before}${joined}${after}`;
        const pieces = spans.split(printed)!;
        expect(textOf(pieces)).toBe(printed);
        const tagged = pieces.filter((p): p is LanguagePiece => typeof p !== 'string');
        expect(tagged.map((p) => [p.lang, p.text])).toEqual(
          expect.arrayContaining([
            ['cy', cy + separator],
            ['en-GB', en],
          ]),
        );
      }),
    );
  });

  it('mark the texts DocLang printed in the content, in cells, lists and inline pieces, keeping their style', () => {
    const lang = docLang('bilingual');
    const label = lang.t('assessmentReport.summary');
    const header = lang.t('agenda.columns.item', undefined, '\n');
    const [cyHeading, enHeading] = lang.each('assessmentReport.heading');
    const content = withLanguageSpans(
      [
        { text: label, style: 'h2' },
        { table: { body: [[{ text: header }], ['x']] } },
        { ul: [`${label.toUpperCase()}: 3`] },
        { text: ['Name ', { text: label, bold: true }] },
        { text: enHeading },
        cyHeading,
      ],
      lang.spans,
    ) as Record<string, unknown>[];
    const langs = (node: unknown): string[] =>
      Array.isArray(node)
        ? node.flatMap(langs)
        : node && typeof node === 'object'
          ? [...('lang' in node ? [String(node.lang)] : []), ...Object.values(node).flatMap(langs)]
          : [];
    expect(langs(content[0])).toEqual(['cy', 'en-GB']);
    expect(langs(content[1])).toEqual(['cy', 'en-GB']);
    expect(langs(content[2])).toEqual(['cy', 'en-GB']);
    expect((content[3].text as { bold?: boolean; lang?: string }[]).filter((p) => p.lang).map((p) => p.bold)).toEqual([true, true]);
    expect(content[4].lang).toBe('en-GB');
    expect(content[5]).toEqual({ text: cyHeading, lang: 'cy' });
    expect(textOf(content[0])).toBe(label);
  });
});
