import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reportKinds } from '../../../shared/domain/report-models';
import { IdentityStore } from '../signing/identity-store';
import { signPdf } from '../signing/pades-signer';
import { verifyPdf } from '../signing/verifier';
import { definitionFor } from './documents';
import { renderPdf } from './render';
import { sampleReport } from './samples';

/*
 * `npm run demo:export -- DIR`: every document kind, built from the sample models and signed
 * by a throwaway demo identity, written to DIR — what Casebook produces, without clicking.
 */
async function main() {
  const target = process.argv.slice(2).find((a) => a !== '--');
  if (!target) {
    console.error('Usage: npm run demo:export -- DIR');
    process.exit(2);
  }
  const dir = path.resolve(target);
  await mkdir(dir, { recursive: true });
  const identityDir = await mkdtemp(path.join(tmpdir(), 'casebook-demo-identity-'));
  try {
    const store = new IdentityStore(identityDir, () => new Date());
    await store.create({
      name: 'Priya Shah',
      role: 'Peer assessor (demo identity)',
      organisation: 'Eastmoor Regional Employers',
      email: 'priya.shah@example.org',
      passphrase: 'demo-passphrase',
    });
    const identity = store.requireUnlocked();
    const rows = [];
    for (const kind of reportKinds) {
      const started = performance.now();
      const pdf = await renderPdf(definitionFor(sampleReport(kind)));
      const built = performance.now();
      const signed = await signPdf(pdf, identity, { reason: `Casebook demo: ${kind}`, signingTime: new Date() });
      const done = performance.now();
      const file = path.join(dir, `${kind}.pdf`);
      await writeFile(file, signed);
      const [check] = verifyPdf(signed, file).signatures;
      rows.push({ kind, file: path.basename(file), kB: Math.round(signed.length / 1024), buildMs: Math.round(built - started), signMs: Math.round(done - built), verdict: check?.verdict });
    }
    console.table(rows);
    console.log(`Signed by ${identity.summary.name}, certificate SHA-256 ${identity.summary.fingerprint}`);
    if (rows.some((r) => r.verdict !== 'valid')) process.exit(1);
  } finally {
    await rm(identityDir, { recursive: true, force: true });
  }
}

void main();
