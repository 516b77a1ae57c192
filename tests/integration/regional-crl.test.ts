import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/services/reports/render';
import { crlIssuedBy, readCrl } from '../../electron/services/signing/crl';
import { signPdf } from '../../electron/services/signing/pades-signer';
import { openPkcs12 } from '../../electron/services/signing/pkcs12';
import { RegionalCa } from '../../electron/services/signing/regional-ca';
import { findSignatures } from '../../electron/services/signing/pdf-signature-fields';

/*
 * The regional CA's revocations, read by other tools: openssl reads every CRL it issues and
 * refuses a revoked member while accepting a current one; pdfsig, with the CA and its CRL in an
 * NSS database, no longer calls the revoked member's signature trusted.
 * Needs openssl, pdfsig (poppler-utils) and certutil/crlutil (libnss3-tools).
 */

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const tools = has('openssl') && has('pdfsig') && has('certutil') && has('crlutil');
// NSS checks CRLs against the real clock, so the CA runs on it (to the second, as CRLs record time).
const now = new Date(Math.floor(Date.now() / 1000) * 1000);
let dir: string;
let ca: RegionalCa;
const p12s: Record<string, Buffer> = {};
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' });
const pem = (der: Buffer, label: string) =>
  `-----BEGIN ${label}-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END ${label}-----\n`;

beforeAll(async () => {
  if (!tools) return;
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-crl-'));
  ca = new RegionalCa(path.join(dir, 'coordinator'), () => now);
  await ca.create('Eastmoor Region GO Award CA', 'Eastmoor Regional Employers', 'coordinator passphrase 1');
  for (const name of ['Priya Shah', 'Dafydd Rees']) {
    await ca.issue(
      { name, role: 'Peer assessor', organisation: '', email: `${name.split(' ')[0].toLowerCase()}@example.org` },
      'member passphrase',
      'coordinator passphrase 1',
      async (bytes) => {
        p12s[name] = bytes;
        return `${name}.p12`;
      },
    );
  }
  await writeFile(path.join(dir, 'ca.pem'), pem(await ca.certificate(), 'CERTIFICATE'));
  for (const [name, bytes] of Object.entries(p12s)) {
    const { cert } = openPkcs12(bytes, 'member passphrase');
    await writeFile(path.join(dir, `${name}.pem`), forge.pki.certificateToPem(cert));
  }
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!tools)('X.509 revocation lists from the regional CA', () => {
  it('openssl reads every CRL issued, and checks members against it', async () => {
    const empty = await ca.crl('coordinator passphrase 1');
    await writeFile(path.join(dir, 'empty.crl'), empty);
    const first = run('openssl', ['crl', '-inform', 'DER', '-in', path.join(dir, 'empty.crl'), '-noout', '-text']);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Next Update');
    expect(first.stdout).toContain('No Revoked Certificates');

    const summary = await ca.summary();
    const priya = summary?.issued.find((i) => i.name === 'Priya Shah');
    await ca.revoke(priya?.serialNumber ?? '');
    const crl = await ca.crl('coordinator passphrase 1');
    await writeFile(path.join(dir, 'region.crl'), crl);
    await writeFile(path.join(dir, 'region.crl.pem'), pem(crl, 'X509 CRL'));
    const text = run('openssl', ['crl', '-inform', 'DER', '-in', path.join(dir, 'region.crl'), '-noout', '-text']).stdout;
    expect(text).toContain(`Serial Number: ${priya?.serialNumber}`);
    expect(text).toMatch(/X509v3 CRL Number:\s*2/);
    expect(text).toContain('Revocation Date:');
    expect(
      run('openssl', ['crl', '-inform', 'DER', '-in', path.join(dir, 'region.crl'), '-noout', '-CAfile', path.join(dir, 'ca.pem')]).stderr,
    ).toContain('verify OK');

    const verify = (name: string) =>
      run('openssl', [
        'verify',
        '-crl_check',
        '-CAfile',
        path.join(dir, 'ca.pem'),
        '-CRLfile',
        path.join(dir, 'region.crl.pem'),
        path.join(dir, `${name}.pem`),
      ]);
    const revoked = verify('Priya Shah');
    expect(revoked.status).not.toBe(0);
    expect(revoked.stdout + revoked.stderr).toContain('certificate revoked');
    expect(verify('Dafydd Rees').status).toBe(0);

    // Casebook's own reading agrees.
    const read = readCrl(crl);
    expect(read?.revoked).toEqual([{ serialNumber: priya?.serialNumber.replace(/^0+/, ''), revokedAt: now.toISOString() }]);
    expect(crlIssuedBy(read!, await ca.certificate())).toBe(true);
  });

  it('member certificates name a CRL distribution point', () => {
    const text = run('openssl', ['x509', '-in', path.join(dir, 'Priya Shah.pem'), '-noout', '-ext', 'crlDistributionPoints']).stdout;
    const fp = new X509Certificate(execFileSync('cat', [path.join(dir, 'ca.pem')])).fingerprint256
      .replace(/:/g, '')
      .slice(0, 32)
      .toLowerCase();
    expect(text).toContain(`URI:http://crl.casebook.invalid/${fp}.crl`);
  });

  it('a signature by the revoked member carries the CRL, and pdfsig with the CA and CRL in NSS does not call it trusted', async () => {
    const crl = await ca.crl('coordinator passphrase 1');
    const pdf = await renderPdf({ content: ['Recommendation: award'], defaultStyle: { font: 'DejaVuSans' } });
    const sign = async (name: string) => {
      const { key, cert, chain } = openPkcs12(p12s[name], 'member passphrase');
      const file = path.join(dir, `${name}.pdf`);
      await writeFile(
        file,
        await signPdf(
          pdf,
          { keyPem: forge.pki.privateKeyToPem(key), cert, chain, summary: { name, email: '' }, crls: [crl] },
          { reason: 'Test', signingTime: new Date() },
        ),
      );
      return file;
    };
    const revokedPdf = await sign('Priya Shah');
    const currentPdf = await sign('Dafydd Rees');
    // adbe-revocationInfoArchival (1.2.840.113583.1.1.8) with the CRL inside the signed attributes.
    const [found] = findSignatures(await import('node:fs/promises').then((fs) => fs.readFile(revokedPdf)));
    expect(found.cms.includes(Buffer.from('06092a864886f72f010108', 'hex'))).toBe(true);
    expect(found.cms.includes(crl)).toBe(true);

    const nss = path.join(dir, 'nss');
    await mkdir(nss);
    execFileSync('certutil', ['-N', '-d', `sql:${nss}`, '--empty-password']);
    execFileSync('certutil', [
      '-A',
      '-d',
      `sql:${nss}`,
      '-n',
      'Eastmoor Region GO Award CA',
      '-t',
      'C,C,C',
      '-i',
      path.join(dir, 'ca.pem'),
    ]);
    execFileSync('crlutil', ['-I', '-d', `sql:${nss}`, '-i', path.join(dir, 'region.crl'), '-B']);
    const report = (file: string) => {
      const r = run('pdfsig', ['-nssdir', `sql:${nss}`, file]);
      return r.stdout;
    };
    const revoked = report(revokedPdf);
    console.info(`pdfsig on the revoked member: ${/Certificate Validation: (.*)/.exec(revoked)?.[1]}`);
    expect(revoked).toContain('Signature is Valid.');
    expect(revoked).not.toContain('Certificate is Trusted');
    expect(revoked).toMatch(/Certificate has been Revoked|Certificate Validation: (?!Certificate is Trusted)/);
    expect(report(currentPdf)).toContain('Certificate is Trusted');
  });
});
