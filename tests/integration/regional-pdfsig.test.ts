import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definitionFor } from '../../electron/services/reports/documents';
import { renderPdf } from '../../electron/services/reports/render';
import { sampleReport } from '../../electron/services/reports/samples';
import { IdentityStore } from '../../electron/services/signing/identity-store';
import { signPdf } from '../../electron/services/signing/pades-signer';
import { RegionalCa } from '../../electron/services/signing/regional-ca';
import { closeWorkers } from '../../electron/services/workers/pool';
import { pdfsig } from './helpers/poppler';

/*
 * A report signed with a member certificate from the regional CA: pdfsig says the signature is
 * valid, and with the CA in poppler's NSS trust store it no longer calls the issuer unknown.
 * Needs poppler-utils (pdfsig) and libnss3-tools (certutil).
 */

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const tools = has('pdfsig') && has('certutil');
const clock = () => new Date();
let dir: string;
let signed: string;
let caFile: string;

beforeAll(async () => {
  if (!tools) return;
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-region-pdfsig-'));
  const ca = new RegionalCa(path.join(dir, 'coordinator'), clock);
  await ca.create('Eastmoor Region GO Award CA', 'Eastmoor Regional Employers', 'coordinator passphrase 1');
  const p12 = path.join(dir, 'priya.p12');
  await ca.issue(
    { name: 'Priya Shah', role: 'Peer assessor', organisation: '', email: 'priya@example.org' },
    'priya passphrase',
    'coordinator passphrase 1',
    async (bytes) => {
      await writeFile(p12, bytes);
      return p12;
    },
  );
  caFile = path.join(dir, 'region.cer');
  await writeFile(caFile, await ca.certificate());
  const member = new IdentityStore(path.join(dir, 'member'), clock);
  await member.importFile(p12, 'priya passphrase');
  signed = path.join(dir, 'report.pdf');
  await writeFile(
    signed,
    await signPdf(await renderPdf(definitionFor(sampleReport('assessment-report'))), member.requireUnlocked(), {
      reason: 'Assessment report',
      signingTime: clock(),
    }),
  );
});
afterAll(async () => {
  await closeWorkers();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!tools)('pdfsig on a file signed with a regional CA member certificate', () => {
  it('is valid; unknown issuer without the CA, trusted with the CA in the NSS database', () => {
    const plain = pdfsig(signed);
    expect(plain).toContain('Signature is Valid.');

    const nss = path.join(dir, 'nss');
    execFileSync('mkdir', ['-p', nss]);
    execFileSync('certutil', ['-N', '-d', `sql:${nss}`, '--empty-password']);
    execFileSync('certutil', ['-A', '-d', `sql:${nss}`, '-n', 'Eastmoor Region GO Award CA', '-t', 'C,C,C', '-i', caFile]);
    let trusted: string;
    try {
      trusted = execFileSync('pdfsig', ['-nssdir', `sql:${nss}`, signed], { encoding: 'utf8' });
    } catch (error) {
      trusted = String((error as { stdout?: string }).stdout ?? '');
    }
    expect(trusted).toContain('Signature is Valid.');
    expect(trusted).not.toContain('Certificate issuer is unknown');
    expect(trusted).toContain('Certificate is Trusted');
  });
});
