import { mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { definitionFor } from '../../../electron/services/reports/documents';
import { renderPdf } from '../../../electron/services/reports/render';
import { sampleReport } from '../../../electron/services/reports/samples';
import { IdentityStore } from '../../../electron/services/signing/identity-store';
import { signPdf } from '../../../electron/services/signing/pades-signer';

/** A signed agenda and a copy with one flipped byte inside the signed range, for the Verify screen. */
export async function signedSample(parent: string): Promise<{ signed: string; tampered: string }> {
  const dir = await mkdtemp(path.join(parent, 'signed-sample-'));
  const store = new IdentityStore(dir, () => new Date());
  await store.create({
    name: 'Tomos Rhys',
    role: 'Regional facilitator',
    organisation: 'Eastmoor Regional Employers',
    email: 'tomos@example.org',
    passphrase: 'correct horse battery',
  });
  const pdf = await renderPdf(definitionFor(sampleReport('agenda')));
  const signedBytes = await signPdf(pdf, store.requireUnlocked(), { reason: 'Agenda', signingTime: new Date() });
  const tamperedBytes = Buffer.from(signedBytes);
  tamperedBytes[400] ^= 0x01;
  const signed = path.join(dir, 'agenda-signed.pdf');
  const tampered = path.join(dir, 'agenda-tampered.pdf');
  await writeFile(signed, signedBytes);
  await writeFile(tampered, tamperedBytes);
  return { signed, tampered };
}
