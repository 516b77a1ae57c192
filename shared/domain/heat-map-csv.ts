import { docText, type DocumentLanguage } from '../i18n/documents';
import { localiseThemeTitle } from '../i18n/domain/localise';
import { regionName } from '../i18n/regions';
import { ratingText, type HeatMap } from './heat-map';

/** How the map's headers and values are written in one language (the PDF and the CSV share it). */
export interface HeatMapLabels {
  column: (key: 'organisation' | 'region' | 'sector' | 'stage' | 'overdue' | 'issues') => string;
  region: (region: string) => string;
  sector: (sector: string) => string;
  stage: (stage: string | null) => string;
  theme: (theme: string) => string;
}

export function heatMapLabels(language: DocumentLanguage): HeatMapLabels {
  const known = (key: string, value: string) => {
    try {
      return docText(language, `regionalMap.${key}.${value}`);
    } catch {
      // A value the strings do not know (a future stage) is printed as stored rather than refused.
      return value;
    }
  };
  return {
    column: (key) => docText(language, `regionalMap.columns.${key}`),
    region: (region) => regionName(region, language),
    sector: (sector) => known('sectors', sector),
    stage: (stage) => known('stages', stage ?? 'none'),
    theme: (theme) => localiseThemeTitle(theme, language),
  };
}

/** A spreadsheet reads a cell starting with one of these as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field: text that could start a formula gets a leading apostrophe (shown, never
 * run); a field holding a comma, quote, CR or LF is quoted with its quotes doubled.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 records end in CRLF; the BOM makes Excel read UTF-8 (ŵ, ŷ) instead of guessing a code page. */
export const CSV_BOM = '\ufeff';

/**
 * The map as CSV: organisation, region, sector, award stage, overdue actions, open issues, then
 * one column per theme with the latest rating (empty where not rated).
 */
export function heatMapCsv(map: HeatMap, labels: HeatMapLabels): string {
  const header = [
    ...(['organisation', 'region', 'sector', 'stage', 'overdue', 'issues'] as const).map(labels.column),
    ...map.themes.map(labels.theme),
  ];
  const records = map.rows.map((row) => [
    row.name,
    labels.region(row.region),
    labels.sector(row.sector),
    labels.stage(row.stage),
    row.overdueActions,
    row.openIssues,
    ...row.cells.map((cell) => (cell ? ratingText(cell.rating) : '')),
  ]);
  return CSV_BOM + [header, ...records].map((fields) => fields.map(csvField).join(',') + '\r\n').join('');
}
