import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Content, ContentTable } from 'pdfmake/interfaces';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frame, tableLayout, withHeading } from '../../electron/services/reports/layout';
import { renderPdf } from '../../electron/services/reports/render';
import { pagesOf } from './helpers/pages';

/*
 * A heading over a table is never left at a page foot: wherever the page ends (a filler of every
 * height from 560 to 700 pt above the heading), the heading is printed on the page of the table's
 * header row and first row. Read back with pdftotext, page by page. Before the fix, pdfmake moved
 * the header and first row to the next page and left the heading behind (it reported the moved
 * row on its old page).
 */

const meta = { documentId: 'CB-TEST-HEADING', createdAt: '2025-06-15T10:00:00.000Z', author: 'Test', authorOrganisation: '', issuer: null };

function table(rows: number): ContentTable {
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*', 80],
      body: [
        [
          { text: 'Column one', style: 'tableHeader' },
          { text: 'Column two', style: 'tableHeader' },
        ],
        // The first row is several lines tall, so it is the row that does not fit at a page foot.
        ...Array.from({ length: rows }, (_, i) => [
          {
            stack: [
              { text: `Row ${i + 1} begins`, style: 'cell' },
              { text: 'more '.repeat(60), style: 'small' },
            ],
          },
          { text: `cell ${i + 1}`, style: 'cell' },
        ]),
      ],
    },
    layout: tableLayout,
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-heading-table-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a heading over a table', () => {
  it('is printed on the page of the header row and first row, wherever the page ends', async () => {
    for (let filler = 560; filler <= 700; filler += 20) {
      const definition = frame({ meta, title: 'Heading test', subject: 'test', orientation: 'portrait' });
      const content: Content[] = [
        { canvas: [{ type: 'rect', x: 0, y: 0, w: 10, h: filler, color: '#eeeeee' }] },
        ...withHeading([{ text: 'Heading over the table', style: 'h2', tocItem: true }], table(12), 12),
        ...withHeading([{ text: 'Second heading', style: 'h2' }], table(3), 3),
      ];
      definition.content = content;
      const file = path.join(dir, `filler-${filler}.pdf`);
      await writeFile(file, await renderPdf(definition));
      const pages = pagesOf(file);
      for (const [heading, row] of [
        ['Heading over the table', 'Column one'],
        ['Second heading', 'Column one'],
      ]) {
        const page = pages.findIndex((p) => p.includes(heading));
        expect(page, `filler ${filler}: ${heading}`).toBeGreaterThanOrEqual(0);
        const after = pages[page].slice(pages[page].indexOf(heading));
        expect(after, `filler ${filler}: ${heading} is followed on its page by the header row`).toContain(row);
        expect(after, `filler ${filler}: ${heading} is followed on its page by the first row`).toMatch(/Row 1 begins/);
      }
    }
  });
});
