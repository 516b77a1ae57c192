import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import type { AssessmentReportModel, ReportModel } from '../../shared/domain/report-models';
import { definitionFor } from '../../electron/services/reports/documents';
import { renderPdf } from '../../electron/services/reports/render';
import { sampleReport } from '../../electron/services/reports/samples';
import { IdentityStore, type UnlockedIdentity } from '../../electron/services/signing/identity-store';
import { signPdf } from '../../electron/services/signing/pades-signer';
import { verifyPdf } from '../../electron/services/signing/verifier';
import { largeAssessmentReport } from './report-model';
import { median, round, timeEach } from './stats';

const run = promisify(execFile);
const CHROMIUM = '/usr/bin/chromium';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same report as HTML: the same text and the same 10 images, laid out like the PDF. */
function reportHtml(model: AssessmentReportModel): string {
  const criteria = model.criteria.map((c) => {
    const rows = c.evidence
      .map(
        (e) =>
          `<tr><td>${e.kind}</td><td>${escape(e.source)}</td><td>${e.date ?? ''}</td><td>${escape(e.note)}${e.images.map((img) => `<figure><img src="${img.dataUrl}" alt=""><figcaption>${escape(img.caption)}</figcaption></figure>`).join('')}</td></tr>`,
      )
      .join('');
    return `<h3>${c.id} ${escape(c.title)}</h3><p><b>Looks for:</b> ${escape(c.lookingFor)}</p><p><b>Judgement:</b> ${c.judgement}</p><p>${escape(c.rationale)}</p><table><thead><tr><th>Kind</th><th>Source</th><th>Date</th><th>Note</th></tr></thead><tbody>${rows}</tbody></table>`;
  });
  const people = model.peopleMet.map((p) => `<li>${escape(p.name ?? p.role)}, ${escape(p.role)}</li>`).join('');
  const requirements = model.requirements
    .map((r) => `<tr><td>${r.number}</td><td>${escape(r.text)}</td><td>${r.status}</td><td>${escape(r.note)}</td></tr>`)
    .join('');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Assessment report</title><style>
body{font:10pt sans-serif;margin:0}h1{font-size:18pt}h3{font-size:12pt;break-after:avoid}table{width:100%;border-collapse:collapse;margin:4pt 0 8pt}
td,th{border:0.5pt solid #999;padding:2pt 4pt;vertical-align:top;font-size:8.5pt}tr{break-inside:avoid}figure{margin:4pt 0}img{max-width:200pt;max-height:130pt}
@page{size:A4;margin:50pt 40pt}</style></head><body>
<h1>${escape(model.authority.name)}: GO Local Government Award assessment report</h1><p>${escape(model.summary)}</p>
${criteria.join('\n')}<h3>Requirements</h3><table>${requirements}</table><h3>People met</h3><ul>${people}</ul>
<h3>Recommendation</h3><p>${escape(model.recommendation.justification)}</p><p>${escape(model.declaration)}</p>
<p>Signed ${escape(model.assessorSignature.name)}, ${model.assessorSignature.date} <img src="${model.assessorSignature.image ?? ''}" alt="" style="height:40pt"></p></body></html>`;
}

async function demoIdentity(dir: string): Promise<UnlockedIdentity> {
  const store = new IdentityStore(dir, () => new Date());
  await store.create({
    name: 'Bench Assessor',
    role: 'Peer assessor (benchmark identity)',
    organisation: 'Benchmark Regional Employers',
    email: 'bench@example.org',
    passphrase: 'bench-passphrase',
  });
  return store.requireUnlocked();
}

async function buildAndSign(report: ReportModel, identity: UnlockedIdentity): Promise<Buffer> {
  const pdf = await renderPdf(definitionFor(report));
  return signPdf(pdf, identity, { reason: `Casebook benchmark: ${report.kind}`, signingTime: new Date() });
}

/**
 * The large assessment report built by pdfmake and signed (PAdES), against headless Chromium
 * printing the equivalent HTML: once as a cold `chromium --print-to-pdf` process, and warm
 * through playwright-core's page.pdf() on an already running browser. Certificates too.
 */
export async function benchReports(runs = 3) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casebook-bench-reports-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const identity = await demoIdentity(dir);
    const { model, images } = largeAssessmentReport();
    const report: ReportModel = { kind: 'assessment-report', model };
    let signed: Buffer = Buffer.alloc(0);
    const ours = await timeEach(runs, async () => {
      signed = await buildAndSign(report, identity);
    });
    const file = path.join(dir, 'report.pdf');
    await writeFile(file, signed);
    const verdict = verifyPdf(signed, file).signatures[0]?.verdict;

    const html = reportHtml(model);
    const htmlFile = path.join(dir, 'report.html');
    await writeFile(htmlFile, html);
    const cli = await timeEach(runs, () =>
      run(CHROMIUM, [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-pdf-header-footer',
        `--print-to-pdf=${path.join(dir, 'chromium-cli.pdf')}`,
        `file://${htmlFile}`,
      ]),
    );
    const page = await browser.newPage();
    let chromiumBytes = 0;
    const warm = await timeEach(runs, async () => {
      await page.setContent(html, { waitUntil: 'load' });
      chromiumBytes = (await page.pdf({ format: 'A4', printBackground: true })).length;
    });

    const certificates: Record<string, { medianMs: number; maxMs: number }> = {};
    for (const kind of ['award-certificate', 'commitment-certificate'] as const) {
      const times = await timeEach(5, () => buildAndSign(sampleReport(kind), identity));
      certificates[kind] = { medianMs: round(median(times)), maxMs: round(Math.max(...times)) };
    }
    return {
      report: {
        criteria: model.criteria.length,
        evidence: model.criteria.reduce((n, c) => n + c.evidence.length, 0),
        photos: images.length,
        kB: Math.round(signed.length / 1024),
        verdict,
        firstMs: round(ours[0]),
        medianMs: round(median(ours)),
        chromiumCliMedianMs: round(median(cli)),
        chromiumWarmMedianMs: round(median(warm)),
        chromiumKB: Math.round(chromiumBytes / 1024),
      },
      certificates,
    };
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}
