import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ratingText } from '../../shared/domain/heat-map';
import { regionName } from '../../shared/i18n/regions';
import { openServices } from '../unit/helpers/open-services';
import { pdfsig, pdftextFolded, pdftotextLayout } from './helpers/poppler';

/*
 * The regional map from the demo workspace, exported through the real pipeline: the signed PDF
 * (pdfsig valid, pdftotext read back row by row against overview:rows) in English and Welsh, a
 * filtered map, and the CSV written through the save dialog, read back as bytes.
 */

let app: Awaited<ReturnType<typeof openServices>>;
let rows: Awaited<ReturnType<typeof app.call<'overview:rows'>>>['rows'];

beforeAll(async () => {
  app = await openServices(() => new Date('2026-12-02T10:00:00.000Z'));
  await app.call('settings:updateProfile', { name: 'Siân Llŷr', role: 'facilitator', organisation: 'Cyflogwyr Rhanbarthol' });
  await app.call('demo:load');
  await app.call('signing:create', {
    draft: {
      name: 'Siân Llŷr',
      role: 'Facilitator',
      organisation: 'Cyflogwyr Rhanbarthol',
      email: 'sian@example.org',
      passphrase: 'correct horse battery',
    },
  });
  rows = [...(await app.call('overview:rows')).rows].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}, 60_000);
afterAll(() => app?.close());

async function exportMap(id: string, language: 'en' | 'cy') {
  const preview = await app.call('exports:preview', { kind: 'regional-map', id, signature: { kind: 'typed' }, language });
  const file = path.join(app.workspaceDir, `map-${id}-${language}.pdf`);
  app.saveTo(file);
  const result = await app.call('exports:export', { previewId: preview.previewId });
  expect(result.path).toBe(file);
  return { file, preview, result };
}

/**
 * The figures on an organisation's row as laid out (pdftotext -layout): its ratings (a dash where
 * unrated), then overdue actions and open issues, on the line where its name starts (a long name
 * wraps inside its column; the cells sit on its first line, which starts with its first word).
 */
const figuresAfter = (layout: string, name: string) => {
  const start = name.split(' ')[0];
  const line = layout.split('\n').find((l) => l.trimStart().startsWith(`${start} `));
  if (!line) throw new Error(`${name} is not printed`);
  return line
    .slice(line.indexOf(start) + start.length)
    .split(/\s+/)
    .filter((t) => /^(–|\d+(\.\d)?)$/.test(t));
};

describe('the regional map as a signed PDF', () => {
  it('is offered on the Documents screen, signed (pdfsig valid), and says what overview:rows says, cell by cell', async () => {
    const offered = await app.call('exports:documents');
    expect(offered.filter((d) => d.kind === 'regional-map').map((d) => d.id)).toEqual(['map.all.all']);
    const { file, preview, result } = await exportMap('map.all.all', 'en');
    expect(preview.pageCount).toBeGreaterThanOrEqual(1);
    expect(pdfsig(file)).toContain('Signature is Valid.');
    const text = pdftextFolded(file);
    expect(text).toContain('REGIONAL MAP');
    expect(text).toContain('All regions, all sectors');
    const themes = [...new Set(rows.flatMap((r) => r.maturity.map((m) => m.theme)))].sort((a, b) => a.localeCompare(b, 'en-GB'));
    expect(themes.length).toBeGreaterThan(0);
    for (const row of rows) {
      const ratings = themes.map((t) => {
        const m = row.maturity.find((x) => x.theme === t);
        return m ? ratingText(m.rating) : '–';
      });
      const issues = row.openIssues.local + row.openIssues.regional + row.openIssues.national;
      expect(figuresAfter(pdftotextLayout(file), row.name), row.name).toEqual([...ratings, String(row.overdueActions), String(issues)]);
    }
    // Recorded in the map's own journal with the signed file's hash.
    const journal = await readFile(path.join(app.workspaceDir, 'journal', 'map.all.all.jsonl'), 'utf8');
    expect(journal).toContain(result.sha256);
  }, 60_000);

  it('in Welsh, filtered to one region: only that region, Welsh headings and region names', async () => {
    const region = rows[0].region;
    const index = [
      'North East',
      'North West',
      'Yorkshire and the Humber',
      'East Midlands',
      'West Midlands',
      'East of England',
      'London',
      'South East',
      'South West',
      'Wales',
    ].indexOf(region);
    const { file } = await exportMap(`map.${index}.all`, 'cy');
    expect(pdfsig(file)).toContain('Signature is Valid.');
    const text = pdftextFolded(file);
    expect(text).toContain('MAP RHANBARTHOL');
    expect(text).toContain(`${regionName(region, 'cy')}, pob sector`);
    expect(text).toContain('Camau hwyr');
    for (const row of rows) {
      if (row.region === region) expect(text).toContain(row.name);
      else expect(text).not.toContain(row.name);
    }
  }, 60_000);

  it('a map id that names no region or sector is refused with a message', async () => {
    await expect(app.call('exports:preview', { kind: 'regional-map', id: 'map.99.all', signature: null, language: 'en' })).rejects.toThrow(
      /regional map/,
    );
  });
});

describe('the regional map as CSV', () => {
  it('is written where the person chose: UTF-8 with a BOM, CRLF records, one per organisation of the filter', async () => {
    const file = path.join(app.workspaceDir, 'map.csv');
    app.saveTo(file);
    const result = await app.call('overview:exportCsv', { region: '', sector: 'local_authority', language: 'cy' });
    expect(result).toMatchObject({ cancelled: false, path: file, csv: null });
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0].startsWith('Sefydliad,Rhanbarth,Sector,Cyfnod y wobr,Camau hwyr,Materion agored')).toBe(true);
    const councils = rows.filter((r) => r.sector === 'local_authority');
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(councils.map((r) => r.name));
    expect(result.rows).toBe(councils.length);
  });

  it('a cancelled dialog saves nothing and says so', async () => {
    expect(await app.call('overview:exportCsv', { region: '', sector: '', language: 'en' })).toMatchObject({ cancelled: true, path: null });
  });
});
