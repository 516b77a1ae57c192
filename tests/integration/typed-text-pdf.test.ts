import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentReportFromCase } from '../../electron/services/reports/adapters/case-assessment';
import { commitmentCertificateFromCase } from '../../electron/services/reports/adapters/case-commitment';
import { regionalMapFor } from '../../electron/services/reports/adapters/regional-map';
import type { AdapterContext } from '../../electron/services/reports/adapters/common';
import { agendaFromWorkshop } from '../../electron/services/reports/adapters/workshop-agenda';
import { workshopFeedbackFromWorkshop } from '../../electron/services/reports/adapters/workshop-feedback';
import { buildPdf } from '../../electron/services/reports/build';
import { workshopMaturity } from '../../electron/services/workshops/links';
import type { LocalisedReport } from '../../electron/services/reports/lang';
import { heatMapOf } from '../../shared/domain/heat-map';
import { aggregateOverview } from '../../shared/domain/overview';
import type { ReportModel } from '../../shared/domain/report-models';
import type { Workshop } from '../../shared/domain/workshop';
import { goAwardV1 } from '../../shared/frameworks';
import { documentLanguages, type DocumentLanguageChoice } from '../../shared/i18n/documents';
import { AppError } from '../../shared/result';
import { caseRecordOf, workshopRecordOf } from '../unit/exports/truth/generators';
import { typedName, typedText, withTypedCaseText, withTypedWorkshopText, type Placed } from '../unit/exports/truth/typed-text';
import { accessibilityProblems } from './helpers/accessibility';

/*
 * What users type prints as typed, whatever it holds (issue 19): generated records with typed
 * text over the whole space (typed-text.ts) in the fields each document prints, built into real
 * PDFs in English, Welsh and bilingual, read back by poppler and pikepdf:
 * - every segment typed is in pdftotext's text, in content order (`-raw`: pdftotext's page layout
 *   mixes the lines of side-by-side table cells, and its line-level bidi reverses emoji that end a
 *   line beginning in Hebrew), after removing whitespace (wrapping moves it) and the invisible
 *   direction marks (poppler adds them around right-to-left runs; typed ones print nothing);
 *   both sides NFC (the documents compose combining marks);
 * - no word is printed outside the paper (a 250-character word used to push columns off it);
 * - every right-to-left word reaches a reader as typed (/ActualText of its Span), letters in order;
 * - the emoji font is embedded exactly when the document holds emoji;
 * - the tagged-PDF checks (qpdf, structure text against printed text, Matterhorn) still pass.
 */

const PER_KIND = 5;
const CHOICES: DocumentLanguageChoice[] = ['en', 'cy', 'bilingual'];
const EMOJI = /\p{Extended_Pictographic}|\u20e3|[\u{1f1e6}-\u{1f1ff}]/u;
const RTL_WORD = /[\u0590-\u08ff]+/gu;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-typed-text-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Text compared as printed: no whitespace, no invisible direction marks, NFC. */
const comparable = (text: string) => text.normalize('NFC').replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '');

/** The /ActualText of every structure element (pikepdf: not our code). */
function actualTexts(file: string): string[] {
  const script = `
import sys, json, pikepdf
pdf = pikepdf.open(sys.argv[1])
out = []
def walk(e, depth=0):
    if depth > 200 or not isinstance(e, pikepdf.Dictionary): return
    if '/ActualText' in e: out.append(str(e.ActualText))
    k = e.get('/K')
    if k is None: return
    for c in (k if isinstance(k, pikepdf.Array) else [k]): walk(c, depth + 1)
walk(pdf.Root.StructTreeRoot)
print(json.dumps(out))`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as string[];
}

/** Words printed outside the paper, from pdftotext's word boxes. */
function wordsOffPaper(file: string): string[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const off: string[] = [];
  for (const page of html.split('<page ').slice(1)) {
    const width = Number(/width="([\d.]+)"/.exec(page)?.[1]);
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      if (Number(m[1]) < 0 || Number(m[2]) > width) off.push(`${m[3].slice(0, 40)} (x ${m[1]}–${m[2]} of ${width})`);
    }
  }
  return off;
}

const ctxFor = (language: 'en' | 'cy'): AdapterContext => ({
  now: '2025-06-15T10:00:00.000Z',
  author: 'Siân Llŷr',
  authorOrganisation: 'Eastmoor',
  issuer: { name: 'Cyflogwyr Rhanbarthol Dwyrain', addressLine: '', logo: null },
  language,
});

function localised(choice: DocumentLanguageChoice, build: (ctx: AdapterContext) => ReportModel): LocalisedReport {
  return { choice, versions: documentLanguages(choice).map((language) => ({ language, report: build(ctxFor(language)) })) };
}

type Kind = 'assessment-report' | 'commitment-certificate' | 'workshop-feedback' | 'agenda' | 'regional-map';

/** The regional map of two organisations with typed names, one rated by the workshop. */
function mapOf(names: [string, string], workshop: Workshop) {
  const at = '2025-06-01T00:00:00.000Z';
  const organisation = (id: string, name: string) => ({
    id,
    name,
    type: 'local_authority' as const,
    region: 'Wales' as const,
    contacts: [],
    createdAt: at,
    updatedAt: at,
  });
  return heatMapOf(
    aggregateOverview({
      organisations: [organisation('org-map-1', names[0]), organisation('org-map-2', names[1])],
      actions: [],
      issues: [],
      stages: [{ organisationId: 'org-map-1', stage: 'assessment', nextDeadline: null, deadlineLabel: '' }],
      maturity: workshopMaturity({ ...workshop, organisationId: 'org-map-2' }),
      today: '2025-06-15',
    }),
  );
}

const samples = fc.sample(
  fc.tuple(
    caseRecordOf({ evidence: 4, interviews: 2 }),
    workshopRecordOf({ actions: 4, issues: 2, agenda: 4, long: true }),
    typedName,
    fc.array(typedText, { minLength: 8, maxLength: 8 }),
  ),
  { numRuns: 60, seed: 1919_2026 },
);

type Built = { report: LocalisedReport; placed: Placed; name: string; typedAll: string[] };

function documents(kind: Kind): Built[] {
  const out: Built[] = [];
  for (const [i, [record, workshop, name, texts]] of samples.entries()) {
    if (out.length >= PER_KIND) break;
    const choice = CHOICES[out.length % CHOICES.length];
    const all = [name, ...texts];
    try {
      if (kind === 'assessment-report' || kind === 'commitment-certificate') {
        const typed = withTypedCaseText(record, all);
        const build = (ctx: AdapterContext): ReportModel =>
          kind === 'assessment-report'
            ? { kind, model: assessmentReportFromCase(typed.record, goAwardV1, 'Cymru', new Map(), ctx) }
            : { kind, model: commitmentCertificateFromCase(typed.record, goAwardV1, ctx) };
        // The certificate prints the organisation, directorates and signatories; the report all its fields.
        const placed =
          kind === 'assessment-report'
            ? typed.placed.filter((p) => !p.field.startsWith('directorates') && !p.field.startsWith('signatories'))
            : typed.placed.filter((p) => p.field === 'organisationName' || p.field.startsWith('signatories'));
        out.push({ report: localised(choice, build), placed, name: `${kind}-${i}-${choice}`, typedAll: all.map((t) => t.text) });
      } else if (kind === 'regional-map') {
        const names = all.filter((t) => t.text.trim()).slice(0, 2);
        if (names.length < 2) continue;
        const map = mapOf([names[0].text, names[1].text], workshop);
        const build = (ctx: AdapterContext): ReportModel => ({
          kind,
          model: regionalMapFor(map, { region: '', sector: '' }, '2025-06-15', ctx),
        });
        const placed = names.map((typed, n) => ({ field: `organisations.${n}.name`, typed }));
        out.push({ report: localised(choice, build), placed, name: `${kind}-${i}-${choice}`, typedAll: all.map((t) => t.text) });
      } else {
        const typed = withTypedWorkshopText(workshop, all);
        const build = (ctx: AdapterContext): ReportModel =>
          kind === 'agenda'
            ? { kind, model: agendaFromWorkshop(typed.workshop, 'Fforwm', ctx) }
            : { kind, model: workshopFeedbackFromWorkshop(typed.workshop, 'Fforwm', ctx) };
        const placed =
          kind === 'agenda'
            ? typed.placed.filter((p) => !p.field.startsWith('actions'))
            : typed.placed.filter((p) => !p.field.startsWith('agenda'));
        out.push({ report: localised(choice, build), placed, name: `${kind}-${i}-${choice}`, typedAll: all.map((t) => t.text) });
      }
    } catch {
      // A record that cannot make this document yet is the model suite's business.
    }
  }
  return out;
}

describe.each(['assessment-report', 'workshop-feedback', 'agenda', 'commitment-certificate', 'regional-map'] as const)(
  '%s: typed text prints as typed',
  (kind) => {
    it('in English, Welsh and bilingual: every segment read back, nothing off the paper, right-to-left words in order for readers', async () => {
      const list = documents(kind);
      expect(list.length).toBe(PER_KIND);
      const files: string[] = [];
      for (const { report, placed, name, typedAll } of list) {
        let pdf: Buffer;
        try {
          pdf = await buildPdf(report);
        } catch (error) {
          // Text too long for a page (a certificate, a table row) is refused with a message the user can act on.
          expect(error, name).toBeInstanceOf(AppError);
          expect((error as Error).message, name).toMatch(/Shorten/);
          continue;
        }
        const file = path.join(dir, `${name}.pdf`);
        await writeFile(file, pdf);
        files.push(file);
        const printed = comparable(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
        const segments = placed.flatMap((p) => p.typed.segments.map((segment) => ({ field: p.field, segment })));
        for (const { field, segment } of segments)
          expect(printed, `${name} ${field}: ${segment.slice(0, 60)}`).toContain(comparable(segment));
        expect(wordsOffPaper(file), name).toEqual([]);

        // A long word is cut into pieces, each a Span of its own: they join in order.
        const actual = actualTexts(file).join('');
        for (const word of segments.flatMap(({ segment }) => segment.match(RTL_WORD) ?? []))
          expect(actual, `${name}: ActualText of ${word.slice(0, 30)}`).toContain(word);

        const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
        if (segments.some(({ segment }) => EMOJI.test(segment))) expect(fonts, `${name}: emoji font embedded`).toContain('NotoEmoji');
        if (!typedAll.some((t) => EMOJI.test(t))) expect(fonts, `${name}: no emoji, no emoji font`).not.toContain('NotoEmoji');
      }
      expect(files.length, 'documents built').toBeGreaterThanOrEqual(PER_KIND / 2);
      expect(accessibilityProblems(files, { signed: false })).toEqual({});
    }, 240_000);
  },
);
