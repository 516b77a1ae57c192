import type { Content, ContextPageSize } from 'pdfmake/interfaces';
import type { DocLang } from '../lang';
import type { Issuer } from '../../../../shared/domain/report-models';
import { colours, issuerBlock } from '../layout';

/** A double border with corner marks, drawn behind every certificate page. */
export function certificateBorder(_page: number, size: ContextPageSize): Content {
  const w = size.width;
  const h = size.height;
  const outer = 18;
  const inner = 26;
  const corner = 22;
  const corners = [
    [inner, inner, 1, 1],
    [w - inner, inner, -1, 1],
    [inner, h - inner, 1, -1],
    [w - inner, h - inner, -1, -1],
  ].flatMap(([x, y, dx, dy]) => [
    {
      type: 'polyline' as const,
      lineWidth: 2,
      lineColor: colours.gold,
      points: [
        { x: x + dx * 8, y: y + dy * (corner + 8) },
        { x: x + dx * 8, y: y + dy * 8 },
        { x: x + dx * (corner + 8), y: y + dy * 8 },
      ],
    },
  ]);
  return {
    canvas: [
      { type: 'rect', x: outer, y: outer, w: w - 2 * outer, h: h - 2 * outer, lineWidth: 3, lineColor: colours.navy },
      { type: 'rect', x: inner, y: inner, w: w - 2 * inner, h: h - 2 * inner, lineWidth: 0.75, lineColor: colours.gold },
      ...corners,
    ],
  };
}

/** The small caps line above a certificate's title. */
export const certificateKicker = (text: string): Content => ({
  text: text.toUpperCase(),
  alignment: 'center',
  characterSpacing: 2,
  fontSize: 10,
  color: colours.teal,
  bold: true,
  margin: [0, 10, 0, 8],
});

/** A centred gold rule. */
export const certificateRule = (width = 220): Content => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 1, lineColor: colours.gold }],
  alignment: 'center',
  margin: [0, 8, 0, 10],
});

/**
 * The largest font size (at most `base`) at which `text` fits in `lines` lines of `width` points,
 * estimated from an average glyph width of 0.6 em (generous for DejaVu Serif bold).
 */
export function fitFontSize(text: string, base: number, width: number, lines: number): number {
  const fits = (width * lines) / (Math.max(1, text.length) * 0.6);
  return Math.max(10, Math.min(base, Math.floor(fits)));
}

/**
 * Text in every language of the export at the same size: one block in one language; side by
 * side when bilingual, Welsh on the left so it is read first (Welsh Language Standards).
 */
export function sideBySide(blocks: Content[], gap = 24): Content {
  if (blocks.length === 1) return blocks[0];
  // Each column says which language it is in, for a screen reader's voice.
  return { columns: blocks.map((block, i) => ({ width: '*', stack: [block], lang: bilingualLang(i) })), columnGap: gap };
}

/** Bilingual blocks come Welsh first, then English. */
const bilingualLang = (index: number) => (index === 0 ? 'cy' : 'en-GB');

/** The certificate's title: a line per language, the same size, Welsh above English; a heading for a screen reader. */
export const linePerLanguage = (texts: string[], style: Record<string, unknown>): Content =>
  ({ stack: texts.map((text, i) => ({ ...style, text, tag: 'H1', ...(texts.length > 1 ? { lang: bilingualLang(i) } : {}) })) }) as Content;

/** "Employers' Organisation and Skills for Life Strategy Unit", in the language given. */
export const issuersLine = (issuers: readonly string[], lang: DocLang): string =>
  issuers.length === 2 ? lang.t('common.issuers', { first: issuers[0], second: issuers[1] }) : issuers.join(', ');

/**
 * The issuing organisation at the head of a certificate. Squeezed (`tight`), the logo sits beside
 * the name instead of above it, so a logo never pushes the signatures off the page.
 */
export function certificateIssuer(issuer: Issuer | null | undefined, tight: boolean): Content[] {
  if (!tight || !issuer?.logo || !issuer.name.trim()) return issuerBlock(issuer, 'center');
  return [
    {
      columns: [
        { width: '*', text: '' },
        { width: 'auto', image: issuer.logo, fit: [90, 26] as [number, number], alt: issuer.name },
        {
          width: 'auto',
          stack: [
            { text: issuer.name, bold: true, color: colours.navy, fontSize: 10 },
            ...(issuer.addressLine ? [{ text: issuer.addressLine, style: 'small' }] : []),
          ],
        },
        { width: '*', text: '' },
      ],
      columnGap: 8,
      margin: [0, 0, 0, 4],
    } as Content,
  ];
}
