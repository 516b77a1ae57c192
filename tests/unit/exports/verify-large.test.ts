import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/reports/render';
import { signPdf } from '../../../electron/services/signing/pades-signer';
import { closeWorkers, verifyPdfOffThread } from '../../../electron/services/workers/pool';
import { appendUpdate, bodyOf, pyhankoStyleSignature, stream, trailerOf } from '../helpers/pdf-attacks';
import { priya, selfSigned } from '../helpers/pki';

/*
 * The largest file the verifier is meant for: 20 MB with 40 signatures (one by Casebook, 39
 * countersignatures written the way pyHanko writes them), verified in the worker pool. Prints the
 * time; asserts only the verdicts, never the machine's speed.
 */

afterAll(() => closeWorkers());

describe('a 20 MB PDF with 40 signatures', () => {
  it('verifies off the main thread: the first 39 were followed by further signatures, the last covers the file', async () => {
    const signingTime = new Date('2026-11-22T10:00:00Z');
    const pdf = await renderPdf({ content: ['Recommendation: award the GO Award'], defaultStyle: { font: 'DejaVuSans' } });
    const { size } = trailerOf(pdf);
    const page = Number(/(\d+) 0 obj\s*<<\s*\/Type \/Page\b(?!s)/.exec(pdf.toString('latin1'))?.[1]);
    const resources = Number(/\/Resources (\d+) 0 R/.exec(bodyOf(pdf, page))?.[1]);
    // 20 MB of page resources (a form XObject the page lists), so every revision state sees it.
    const big = stream('/Type /XObject /Subtype /Form /BBox [0 0 10 10]', '0 0 m 10 10 l S\n'.repeat(1_250_000));
    let file = appendUpdate(pdf, {
      objects: [
        [size, big],
        [resources, bodyOf(pdf, resources).replace(/>>\s*$/, ` /XObject << /Big ${size} 0 R >> >>`)],
      ],
    });
    const signers = Array.from({ length: 40 }, (_, i) =>
      selfSigned({ ...priya, name: `Signer ${i + 1}`, email: `s${i + 1}@example.org` }, signingTime),
    );
    file = await signPdf(file, signers[0], { reason: 'Assessment report', signingTime });
    const form = Number(/\/AcroForm (\d+) 0 R/.exec(file.toString('latin1', file.length - 4000))?.[1]);
    for (let i = 1; i < 40; i += 1)
      file = pyhankoStyleSignature(file, signers[i], page, form, new Date(signingTime.getTime() + i * 60_000));
    expect(file.length).toBeGreaterThan(20_000_000);

    const started = performance.now();
    const report = await verifyPdfOffThread(
      file,
      'large.pdf',
      { known: [], revoked: {} },
      new Date(signingTime.getTime() + 86_400_000),
      120_000,
    );
    const took = performance.now() - started;
    console.info(`verify 20 MB, 40 signatures, off thread: ${took.toFixed(0)} ms (${(file.length / 1e6).toFixed(1)} MB)`);
    expect(report.signatures).toHaveLength(40);
    for (const s of report.signatures.slice(0, 39))
      expect(s).toMatchObject({ verdict: 'added_after', additions: ['signature'], signatureMatches: true, digestMatches: true });
    expect(report.signatures[39]).toMatchObject({ verdict: 'unknown_signer', signerName: 'Signer 40' });
  }, 180_000);
});
