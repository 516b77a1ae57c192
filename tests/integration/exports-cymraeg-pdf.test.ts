import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createServices, type Services } from '../../electron/services';
import type { Exportable } from '../../shared/ipc/contracts/exports';
import { reportKinds, type ReportKind } from '../../shared/domain/report-models';
import type { Channel, InputOf, OutputOf } from '../../shared/ipc/contract';
import { accessibilityProblems } from './helpers/accessibility';
import { pdfsig, pdftextFolded } from './helpers/poppler';
import { docLang } from '../../electron/services/reports/lang';
import { frame } from '../../electron/services/reports/layout';
import { renderPdf } from '../../electron/services/reports/render';
import { sampleReport } from '../../electron/services/reports/samples';
import { englishOnlyPhrases } from '../unit/exports/english-left';

/*
 * Every document kind from the demo workspace's records, exported in Welsh and bilingual through
 * the real pipeline (services, pdfmake, the PAdES signer), then read back with poppler: pdfsig
 * (signature valid), pdftotext (Welsh headings, Welsh letters intact, no English fixed text left in
 * the Welsh version), pdfinfo (a certificate is one page in every language) and the catalog's /Lang.
 * CASEBOOK_KEEP_PDFS=DIR keeps the files to look at.
 */

let dir: string;
let services: Services;
let documents: Exportable[];
const saves: string[] = [];

async function call<C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> {
  const result = await dispatch(services.handlers, channel, input, () => undefined);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as OutputOf<C>;
}

/** The demo record each kind comes from, a Welsh heading it must print, and its English counterpart. */
const expected: Record<ReportKind, { subject: string; welsh: string[]; english: string[] }> = {
  'commitment-certificate': {
    subject: 'Northvale Borough Council',
    welsh: ['Tystysgrif Ymrwymiad', 'Tystiwn fod', 'Prif Weithredwr'],
    english: ['Certificate of Commitment', 'This is to certify that'],
  },
  'assessment-report': {
    subject: 'Northvale Borough Council',
    welsh: [
      'Adroddiad asesiad gan gymheiriaid',
      'Chwe maen prawf y wobr',
      'Dull sy’n cwmpasu’r sefydliad cyfan',
      'Naw gofyniad y cynllun gweithredu',
    ],
    english: ['Peer assessment report', 'The six award criteria'],
  },
  'award-certificate': {
    subject: 'Castlemere City Council',
    welsh: ['Gwobr Llywodraeth Leol GO', 'Dyfarniad Llawn'],
    english: ['Full Award', 'is presented to'],
  },
  'workshop-feedback': {
    subject: 'Partnership health check',
    welsh: ['Beth ddywedodd y grwpiau', 'Camau gweithredu a gytunwyd', 'Materion a godwyd'],
    english: ['What the groups said', 'Issues raised'],
  },
  // Field labels print in capitals.
  agenda: {
    subject: 'Joint partnership forum',
    welsh: ['CADEIRYDD / HWYLUSYDD', 'Cloi erbyn', 'Er gwybodaeth'],
    english: ['CHAIR / FACILITATOR', 'Close by', 'For information'],
  },
  'regional-map': {
    subject: 'All regions',
    welsh: ['MAP RHANBARTHOL', 'Pob rhanbarth, pob sector', 'Camau hwyr'],
    english: ['REGIONAL MAP', 'Overdue actions'],
  },
  'action-issue-log': {
    subject: 'Northvale Borough Council',
    welsh: ['Log datrys materion', 'CAMAU GWEITHREDU AGORED', 'Cynllun gweithredu Gwobr GO'],
    english: ['Issue resolution log', 'OPEN ACTIONS'],
  },
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-cy-exports-'));
  services = await createServices({ workspaceDir: path.join(dir, 'workspace'), shell: { saveFile: async () => saves.shift() ?? null } });
  await call('settings:updateProfile', { name: 'Siân Llŷr', role: 'peer_assessor', organisation: 'Cyflogwyr Rhanbarthol Dwyrain' });
  await call('demo:load');
  await call('signing:create', {
    draft: {
      name: 'Siân Llŷr',
      role: 'Peer assessor',
      organisation: 'Cyflogwyr Rhanbarthol Dwyrain',
      email: 'sian@example.org',
      passphrase: 'correct horse battery',
    },
  });
  documents = await call('exports:documents');
});
afterAll(async () => {
  await services?.close();
  await rm(dir, { recursive: true, force: true });
});

async function exportIn(kind: ReportKind, language: 'cy' | 'bilingual'): Promise<{ file: string; pages: number }> {
  const doc = documents.find((d) => d.kind === kind && d.subject.startsWith(expected[kind].subject));
  if (!doc) throw new Error(`no ${kind} offered for ${expected[kind].subject}`);
  const preview = await call('exports:preview', { kind, id: doc.id, signature: { kind: 'typed' }, language });
  const file = path.join(dir, `${kind}.${language}.pdf`);
  saves.push(file);
  await call('exports:export', { previewId: preview.previewId });
  const keep = process.env.CASEBOOK_KEEP_PDFS;
  if (keep) await mkdir(keep, { recursive: true }).then(() => copyFile(file, path.join(keep, path.basename(file))));
  return { file, pages: preview.pageCount };
}

const pagesOf = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
/** The catalog's /Lang, read from the bytes (pdfinfo does not print it). */
const langOf = async (file: string) => /\/Lang\s*\(([^)]*)\)/.exec((await readFile(file)).toString('latin1'))?.[1];

describe.each(reportKinds)('%s', (kind) => {
  it('in Welsh: signed, Welsh headings, nothing of the English fixed text, /Lang cy', async () => {
    const { file, pages } = await exportIn(kind, 'cy');
    expect(pdfsig(file)).toContain('Signature is Valid.');
    expect(pdfsig(file)).toContain('Total document signed');
    const text = pdftextFolded(file);
    for (const phrase of expected[kind].welsh) expect(text).toContain(phrase);
    for (const phrase of expected[kind].english) expect(text).not.toContain(phrase);
    // The demo records' own typed text says "Skills for Life …", "Staff side asked …" and an owner
    // "Union learning rep coordinator": that is theirs, printed as typed, not our fixed text.
    expect(englishOnlyPhrases(text, ['Skills for Life', 'Staff side', 'Union learning rep'])).toEqual([]);
    expect(await langOf(file)).toBe('cy');
    expect(pagesOf(file)).toBe(pages);
    if (kind.endsWith('certificate')) expect(pages).toBe(1);
    expect(accessibilityProblems([file])).toEqual({});
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Title:\s+(Tystysgrif|Gwobr|Adroddiad|Adborth|Agenda|Log|Map)/);
  });

  it('bilingual: signed, Welsh before English in the text, certificates one page, /Lang cy', async () => {
    const { file, pages } = await exportIn(kind, 'bilingual');
    expect(pdfsig(file)).toContain('Signature is Valid.');
    expect(accessibilityProblems([file])).toEqual({});
    const text = pdftextFolded(file);
    const [welsh, english] = [expected[kind].welsh[0], expected[kind].english[0]];
    expect(text).toContain(welsh);
    expect(text).toContain(english);
    expect(text.indexOf(welsh)).toBeLessThan(text.indexOf(english));
    expect(await langOf(file)).toBe('cy');
    if (kind.endsWith('certificate')) expect(pagesOf(file)).toBe(1);
    expect(pagesOf(file)).toBe(pages);
  });
});

it('prints every Welsh letter intact in every face (the fonts have the glyphs; pdftotext reads them back)', async () => {
  const letters = 'â ê î ô û ŵ ŷ Â Ê Î Ô Û Ŵ Ŷ ẁ ẃ ẅ ỳ ý ÿ Ẁ Ẃ Ẅ Ỳ Ý Ÿ ä ë ï ö ü á é í ó ú à è ì ò ù';
  const faces = [
    {},
    { bold: true },
    { italics: true },
    { font: 'DejaVuSerif' },
    { font: 'DejaVuSerif', bold: true },
    { font: 'DejaVuSerif', italics: true },
  ];
  const definition = {
    ...frame({ meta: sampleReport('agenda').model.meta, title: letters, subject: letters, orientation: 'portrait', lang: docLang('cy') }),
    content: faces.map((face) => ({ text: letters, ...face })),
  };
  const file = path.join(dir, 'letters.pdf');
  await writeFile(file, await renderPdf(definition));
  // pdfmake spaces words by position, not with space characters, so compare the letters alone.
  const bare = (text: string) => text.replace(/\s+/g, '');
  const lines = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => bare(line) === bare(letters));
  expect(lines).toHaveLength(faces.length);
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(new RegExp(`Title:\\s+${letters}\n`));
});
