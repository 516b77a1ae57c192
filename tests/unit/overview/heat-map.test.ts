import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveInGrid } from '../../../renderer/src/features/overview/grid-navigation';
import { regions } from '../../../shared/domain/common';
import { CSV_BOM, csvField, heatMapCsv, heatMapLabels } from '../../../shared/domain/heat-map-csv';
import {
  contrastRatio,
  heatMapOf,
  mapDocumentId,
  maturityBand,
  maturityRamp,
  parseMapDocumentId,
  relativeLuminance,
  unratedSwatch,
} from '../../../shared/domain/heat-map';
import { organisationTypes } from '../../../shared/domain/organisation';
import type { OverviewRow } from '../../../shared/domain/overview';

/** Our own RFC 4180 reader (not the writer's code): quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += c;
    i += 1;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || record.length) throw new Error('last record without CRLF');
  return records;
}

const row = (over: Partial<OverviewRow> & { name: string }): OverviewRow => ({
  organisationId:
    over.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 30) || 'org',
  region: 'Wales',
  sector: 'local_authority',
  stage: null,
  nextDeadline: null,
  deadlineLabel: '',
  maturity: [],
  openActions: 0,
  overdueActions: 0,
  openIssues: { local: 0, regional: 0, national: 0 },
  ...over,
});

const rows: OverviewRow[] = [
  row({
    name: 'Cyngor Sir Ynys Môn',
    stage: 'action_plan',
    overdueActions: 2,
    maturity: [
      { theme: 'Trust and openness', rating: 2, ratedOn: '2026-10-14' },
      { theme: 'Effective communications', rating: 3.5, ratedOn: '2026-10-14' },
    ],
  }),
  row({
    name: 'Eastmoor Hospitals NHS Trust',
    region: 'East of England',
    sector: 'nhs_trust',
    openIssues: { local: 1, regional: 2, national: 0 },
    maturity: [{ theme: 'Trust and openness', rating: 0, ratedOn: '2026-09-01' }],
  }),
  row({ name: 'Northvale Borough Council', region: 'North West' }),
];

describe('the heat map model', () => {
  it('lays organisations against every rated theme, a gap where a theme was never rated', () => {
    const map = heatMapOf(rows);
    expect(map.themes).toEqual(['Effective communications', 'Trust and openness']);
    expect(map.rows.map((r) => r.cells.map((c) => c?.rating ?? null))).toEqual([
      [3.5, 2],
      [null, 0],
      [null, null],
    ]);
    expect(map.rows[1]).toMatchObject({ openIssues: 3, overdueActions: 0, sector: 'nhs_trust' });
  });

  it('filters by region and sector, and the themes follow what is shown', () => {
    expect(heatMapOf(rows, { region: 'Wales', sector: '' }).rows.map((r) => r.name)).toEqual(['Cyngor Sir Ynys Môn']);
    expect(heatMapOf(rows, { region: '', sector: 'nhs_trust' })).toMatchObject({
      themes: ['Trust and openness'],
      rows: [{ name: 'Eastmoor Hospitals NHS Trust' }],
    });
    expect(heatMapOf(rows, { region: 'Wales', sector: 'nhs_trust' }).rows).toEqual([]);
  });

  it('map document ids carry every region and sector and read back; anything else is refused', () => {
    for (const region of ['', ...regions]) {
      for (const sector of ['', ...organisationTypes]) {
        const id = mapDocumentId({ region, sector });
        expect(id.length).toBeLessThanOrEqual(64);
        expect(parseMapDocumentId(id)).toEqual({ region, sector });
      }
    }
    for (const bad of ['map.10.all', 'map.all.council', 'map.all', 'map..all.all', 'x.all.all', 'map.-1.all'])
      expect(parseMapDocumentId(bad), bad).toBeNull();
  });
});

describe('the colour ramp', () => {
  it('every band and the unrated cell keep their number at 4.5:1 or more (WCAG AA text)', () => {
    for (const swatch of [...maturityRamp, unratedSwatch])
      expect(contrastRatio(swatch.background, swatch.text), swatch.background).toBeGreaterThanOrEqual(4.5);
  });

  it('darkens step by step, each step clearly apart, so it reads without hue (colour-blind and greyscale)', () => {
    const lum = maturityRamp.map((s) => relativeLuminance(s.background));
    for (let n = 1; n < lum.length; n++) {
      expect(lum[n]).toBeLessThan(lum[n - 1]);
      expect(contrastRatio(maturityRamp[n].background, maturityRamp[n - 1].background)).toBeGreaterThanOrEqual(1.5);
    }
  });

  it('colours a median between steps by the step it has reached', () => {
    expect([0, 0.5, 1, 2.5, 3.99, 4].map(maturityBand)).toEqual([0, 0, 1, 2, 3, 4]);
  });
});

describe('grid keys', () => {
  const size = { rows: 3, cols: 5 };
  it('arrows move one cell and stop at the edges; Home/End the row; Ctrl+Home/End the corners', () => {
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowRight', size)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowLeft', size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 2, col: 4 }, 'ArrowDown', size)).toEqual({ row: 2, col: 4 });
    expect(moveInGrid({ row: 1, col: 2 }, 'ArrowUp', size)).toEqual({ row: 0, col: 2 });
    expect(moveInGrid({ row: 1, col: 2 }, 'Home', size)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 2 }, 'End', size)).toEqual({ row: 1, col: 4 });
    expect(moveInGrid({ row: 1, col: 2 }, 'Home', size, true)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 1, col: 2 }, 'End', size, true)).toEqual({ row: 2, col: 4 });
    expect(moveInGrid({ row: 1, col: 2 }, 'a', size)).toBeNull();
  });

  it('any key sequence stays inside the grid', () => {
    const keys = fc.constantFrom('ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End', 'PageUp', 'PageDown');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.tuple(keys, fc.boolean()), { maxLength: 60 }),
        (rowsN, colsN, presses) => {
          let at = { row: 0, col: 0 };
          for (const [key, ctrl] of presses) at = moveInGrid(at, key, { rows: rowsN, cols: colsN }, ctrl) ?? at;
          return at.row >= 0 && at.row < rowsN && at.col >= 0 && at.col < colsN;
        },
      ),
    );
  });
});

describe('the map as CSV', () => {
  it('a field that could start a formula is shown, never run; quotes, commas and newlines are quoted', () => {
    expect(['=SUM(A1)', '+1', '-2', '@cmd', '\tx'].map(csvField)).toEqual(["'=SUM(A1)", "'+1", "'-2", "'@cmd", "'\tx"]);
    expect(csvField('Tŷ "Gwyn", Caerdydd\r\nail')).toBe('"Tŷ ""Gwyn"", Caerdydd\r\nail"');
    expect(csvField(3)).toBe('3');
  });

  // Names over the whole space that matters: Welsh letters, separators, quotes, line breaks, formula starts.
  const awkward = fc.constantFrom(
    'ŵ',
    'ŷ',
    'Â',
    'ï',
    '’',
    ',',
    '"',
    '\n',
    '\r\n',
    '\r',
    '=',
    '+',
    '-',
    '@',
    '\t',
    ' ',
    'a',
    'Cyngor',
    '😀',
  );
  const name = fc.oneof(
    fc.array(awkward, { minLength: 1, maxLength: 12 }).map((p) => p.join('')),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  );
  const rating = fc.option(fc.constantFrom(0, 1, 2, 2.5, 3, 4), { nil: null });

  it('parses back, field for field, to what the records say (English and Welsh headers)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            name,
            ratings: fc.tuple(rating, rating),
            overdue: fc.nat(99),
            sector: fc.constantFrom(...organisationTypes),
            region: fc.constantFrom(...regions),
          }),
          { selector: (r) => r.name, maxLength: 8 },
        ),
        fc.constantFrom('en' as const, 'cy' as const),
        (orgs, language) => {
          const themes = ['Effective communications', '=Theme, "typed"'];
          const input = orgs.map((o, i) =>
            row({
              ...o,
              organisationId: `org-${i}`,
              overdueActions: o.overdue,
              maturity: o.ratings.flatMap((r, t) => (r === null ? [] : [{ theme: themes[t], rating: r, ratedOn: '2026-10-14' }])),
            }),
          );
          const map = heatMapOf(input);
          const labels = heatMapLabels(language);
          const csv = heatMapCsv(map, labels);
          expect(csv.startsWith(CSV_BOM)).toBe(true);
          const [header, ...records] = parseCsv(csv.slice(1));
          expect(header.slice(0, 6)).toEqual(
            language === 'cy'
              ? ['Sefydliad', 'Rhanbarth', 'Sector', 'Cyfnod y wobr', 'Camau hwyr', 'Materion agored']
              : ['Organisation name', 'Region', 'Sector', 'Award stage', 'Overdue actions', 'Open issues'],
          );
          const unformula = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
          expect(header.slice(6)).toEqual(map.themes.map((t) => unformula(labels.theme(t))));
          expect(records).toHaveLength(input.length);
          records.forEach((record, i) => {
            const org = map.rows[i];
            expect(record[0]).toBe(unformula(org.name));
            expect(record[1]).toBe(labels.region(org.region));
            expect(record[4]).toBe(String(org.overdueActions));
            expect(record.slice(6)).toEqual(org.cells.map((c) => (c ? String(c.rating) : '')));
            // Nothing a spreadsheet would run.
            for (const cell of record) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
