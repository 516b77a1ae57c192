import type { Content, TableCell } from 'pdfmake/interfaces';
import type { WorkshopFeedbackModel } from '../../../../shared/domain/report-models';
import { docLang, type DocLang } from '../lang';
import { colours } from '../layout';

type Rating = WorkshopFeedbackModel['themes'][number]['ratings'][number];

const BAR_WIDTH = 240;
const BAR_HEIGHT = 10;

/** The middle value of the ratings (mean of the two middles when even). */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One horizontal bar on the 0–4 maturity scale, with tick marks at each level. */
function bar(rating: number, colour: string = colours.teal): Content {
  const step = BAR_WIDTH / 4;
  return {
    canvas: [
      { type: 'rect', x: 0, y: 0, w: BAR_WIDTH, h: BAR_HEIGHT, color: colours.band },
      ...(rating > 0 ? [{ type: 'rect' as const, x: 0, y: 0, w: rating * step, h: BAR_HEIGHT, color: colour }] : []),
      ...[1, 2, 3].map((i) => ({
        type: 'line' as const,
        x1: i * step,
        y1: 0,
        x2: i * step,
        y2: BAR_HEIGHT,
        lineWidth: 0.5,
        lineColor: '#ffffff',
      })),
    ],
    margin: [0, 2, 0, 0],
  };
}

/** A bar per table group and a median line, drawn as vectors so it stays sharp when printed. */
export function ratingChart(ratings: Rating[], previousMedian: number | null, lang: DocLang = docLang('en')): Content {
  if (!ratings.length) return { text: lang.t('workshopFeedback.noRatings'), italics: true, color: colours.muted, fontSize: 9 };
  const mid = median(ratings.map((r) => r.rating)) ?? 0;
  const rows: TableCell[][] = ratings.map((r) => [
    { text: r.group, fontSize: 8 },
    bar(r.rating),
    { text: `${r.rating} · ${lang.t(`labels.maturity.${r.rating}`)}`, fontSize: 8 },
  ]);
  const change =
    previousMedian === null
      ? ''
      : ` ${lang.t('workshopFeedback.previousReview', { median: `${previousMedian}; ${mid - previousMedian >= 0 ? '+' : ''}${mid - previousMedian}` })}`;
  rows.push([
    { text: lang.t('workshopFeedback.median'), fontSize: 8, bold: true },
    bar(mid, colours.navy),
    { text: `${mid}${change}`, fontSize: 8, bold: true },
  ]);
  return {
    table: { widths: [90, BAR_WIDTH, '*'], body: rows },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingTop: () => 1, paddingBottom: () => 1 },
    margin: [0, 4, 0, 6],
  };
}

/** The scale printed once under the first chart. */
export const scaleLegend = (lang: DocLang = docLang('en')): Content => ({
  text: lang.join(
    lang.languages.map((l) =>
      docLang(l).t('workshopFeedback.maturityScale', {
        scale: [0, 1, 2, 3, 4].map((i) => `${i} ${docLang(l).t(`labels.maturity.${i}`).toLowerCase()}`).join(' · '),
      }),
    ),
    '\n',
  ),
  style: 'small',
  margin: [0, 0, 0, 8],
});
