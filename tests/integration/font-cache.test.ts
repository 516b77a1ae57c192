import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definitionFor } from '../../electron/services/reports/documents';
import { forgetFonts } from '../../electron/services/reports/font-cache';
import type { LocalisedReport } from '../../electron/services/reports/lang';
import { renderPdf } from '../../electron/services/reports/render';
import { sampleReport } from '../../electron/services/reports/samples';
import type { AssessmentReportModel } from '../../shared/domain/report-models';
import type { DocumentLanguage } from '../../shared/i18n/documents';
import { pdftotextLayout } from './helpers/poppler';

/*
 * The parsed fonts and shaped words are kept between documents (font-cache.ts). A document
 * built after another must be the document built alone: the same bytes (so the same glyph
 * subsets, the same text, the same structure tree) as one built with every font forgotten.
 * The first document holds other words, other letters (Welsh ŵ ŷ, Hebrew, Arabic) and emoji
 * the second does not, so anything one document left in a shared font would show in the next.
 */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-font-cache-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function report(language: DocumentLanguage, summary: string): LocalisedReport {
  const sample = sampleReport('assessment-report');
  const model = { ...(sample.model as AssessmentReportModel), summary };
  return { choice: language, versions: [{ language, report: { kind: 'assessment-report', model } }] };
}

async function textOf(pdf: Buffer, name: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, pdf);
  return pdftotextLayout(file);
}

const build = (localised: LocalisedReport) => renderPdf(definitionFor(localised));

describe('fonts kept between documents', () => {
  it('a document built after another is byte for byte the one built with every font forgotten', async () => {
    const welsh = report('cy', 'Gŵyl Llŷr 👍🏽 🏴󠁧󠁢󠁷󠁬󠁳󠁿 שלום עולם مرحبا بالعالم: cynllun dysgu’r gweithlu.');
    const english = report('en', 'A plain English summary of the visit.');

    forgetFonts();
    const englishAlone = await build(english);
    forgetFonts();
    const welshAlone = await build(welsh);
    forgetFonts();
    // Each one after the other, twice: every document but the first meets fonts the others used.
    const builds = [await build(welsh), await build(english), await build(welsh), await build(english)];

    const englishText = await textOf(englishAlone, 'english.pdf');
    expect(englishText).toContain('A plain English summary of the visit.');
    const welshText = await textOf(welshAlone, 'welsh.pdf');
    expect(welshText).toContain('Gŵyl Llŷr');
    // The emoji font is embedded only where emoji are printed.
    expect(englishAlone.includes('NotoEmoji')).toBe(false);
    expect(welshAlone.includes('NotoEmoji')).toBe(true);

    for (const [i, pdf] of builds.entries()) {
      const alone = i % 2 === 0 ? welshAlone : englishAlone;
      expect(await textOf(pdf, `build-${i}.pdf`)).toBe(i % 2 === 0 ? welshText : englishText);
      expect(pdf.equals(alone), `build ${i + 1} is the document built alone`).toBe(true);
    }
  });
});
