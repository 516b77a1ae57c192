import { regions } from './common';
import { organisationTypes } from './organisation';
import type { OverviewRow } from './overview';

/*
 * The regional map as a grid: one row per organisation, one column per theme (its latest maturity
 * rating, 0 not in place … 4 exemplary), then award stage, overdue actions and open issues beside
 * it. The screen, the CSV and the signed PDF all read this one model, so they say the same thing.
 */

/** What the map is filtered to; '' is "all". */
export interface HeatMapFilter {
  region: string;
  sector: string;
}

export interface HeatMapCell {
  rating: number;
  ratedOn: string;
}

export interface HeatMapRow {
  organisationId: string;
  name: string;
  region: string;
  sector: string;
  stage: string | null;
  overdueActions: number;
  openIssues: number;
  /** One per theme of the map, in the map's theme order; null where the theme was never rated. */
  cells: (HeatMapCell | null)[];
}

export interface HeatMap {
  /** Every theme rated for any organisation shown, in name order (stored titles). */
  themes: string[];
  rows: HeatMapRow[];
}

export const matchesFilter = (row: Pick<OverviewRow, 'region' | 'sector'>, filter: HeatMapFilter): boolean =>
  (!filter.region || row.region === filter.region) && (!filter.sector || row.sector === filter.sector);

/*
 * The regional map's document id carries its filter, so the Documents screen can offer exactly
 * the map the overview showed: "map.all.all", "map.9.local_authority" (region by its index).
 */
const MAP_ID = /^map\.(all|\d{1,2})\.(all|[a-z_]{1,40})$/;

export function mapDocumentId(filter: HeatMapFilter): string {
  const region = filter.region ? String(regions.indexOf(filter.region as (typeof regions)[number])) : 'all';
  return `map.${region}.${filter.sector || 'all'}`;
}

/** The filter a map id stands for, or null when it is not one (or names no known region or sector). */
export function parseMapDocumentId(id: string): HeatMapFilter | null {
  const match = MAP_ID.exec(id);
  if (!match) return null;
  const region = match[1] === 'all' ? '' : regions[Number(match[1])];
  const sector = match[2] === 'all' ? '' : match[2];
  if (region === undefined || (sector && !(organisationTypes as readonly string[]).includes(sector))) return null;
  return { region, sector };
}

/** The map of the rows that pass the filter, rows in the order given. */
export function heatMapOf(rows: readonly OverviewRow[], filter: HeatMapFilter = { region: '', sector: '' }): HeatMap {
  const shown = rows.filter((r) => matchesFilter(r, filter));
  const themes = [...new Set(shown.flatMap((r) => r.maturity.map((m) => m.theme)))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  return {
    themes,
    rows: shown.map((r) => {
      const byTheme = new Map(r.maturity.map((m) => [m.theme, { rating: m.rating, ratedOn: m.ratedOn }]));
      return {
        organisationId: r.organisationId,
        name: r.name,
        region: r.region,
        sector: r.sector,
        stage: r.stage,
        overdueActions: r.overdueActions,
        openIssues: r.openIssues.local + r.openIssues.regional + r.openIssues.national,
        cells: themes.map((t) => byTheme.get(t) ?? null),
      };
    }),
  };
}

/**
 * The 0–4 scale as colours: ColorBrewer YlGnBu (5 classes), a single-hue-family ramp whose
 * lightness falls step by step, so it reads in every common colour-vision deficiency and in grey.
 * Each band's text colour is the one with at least 4.5:1 contrast on it (checked by a test);
 * the number is always printed, so colour is never the only cue.
 */
export const maturityRamp = [
  { background: '#ffffcc', text: '#1a1b1e' },
  { background: '#a1dab4', text: '#1a1b1e' },
  { background: '#41b6c4', text: '#1a1b1e' },
  { background: '#225ea8', text: '#ffffff' },
  { background: '#0c2c84', text: '#ffffff' },
] as const;

/** A cell never rated: no colour of the scale, a dash. */
export const unratedSwatch = { background: '#ffffff', text: '#495057' } as const;

/** The band a rating is coloured by: a median between two steps (2.5) has not reached the upper one. */
export const maturityBand = (rating: number): 0 | 1 | 2 | 3 | 4 => Math.min(4, Math.max(0, Math.floor(rating))) as 0 | 1 | 2 | 3 | 4;

export const swatchFor = (cell: HeatMapCell | null) => (cell ? maturityRamp[maturityBand(cell.rating)] : unratedSwatch);

/** A rating as printed: "3", "2.5". */
export const ratingText = (rating: number): string => (Number.isInteger(rating) ? String(rating) : rating.toFixed(1));

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
