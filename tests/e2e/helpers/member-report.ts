import { mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { definitionFor } from '../../../electron/services/reports/documents';
import { renderPdf } from '../../../electron/services/reports/render';
import { sampleReport } from '../../../electron/services/reports/samples';
import { IdentityStore } from '../../../electron/services/signing/identity-store';
import { signPdf } from '../../../electron/services/signing/pades-signer';
import { closeWorkers } from '../../../electron/services/workers/pool';

/** The member's own machine: imports the .p12 the coordinator issued and signs a report with it. */
export async function memberSignsReport(p12: string, passphrase: string, parent: string): Promise<string> {
  const dir = await mkdtemp(path.join(parent, 'member-'));
  const store = new IdentityStore(dir, () => new Date());
  await store.importFile(p12, passphrase);
  const pdf = await renderPdf(definitionFor(sampleReport('assessment-report')));
  const signed = await signPdf(pdf, store.requireUnlocked(), { reason: 'Assessment report', signingTime: new Date() });
  const file = path.join(dir, 'assessment-report.pdf');
  await writeFile(file, signed);
  await closeWorkers();
  return file;
}
