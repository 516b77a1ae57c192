import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { RegionalCaSummary } from '../../../shared/domain/trust';
import type { Handlers } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { toAppError } from '../store/durable-file';
import { toAppError as toSyncAppError } from '../sync/handlers';
import type { SigningKeys } from './keys';
import { RegionalCa } from './regional-ca';
import { certificateInfo, readCertificate } from './trust-store';
import { writeBinaryDurably } from './write-binary';

type TrustHandlers = Pick<
  Handlers,
  | 'trust:list'
  | 'trust:add'
  | 'trust:remove'
  | 'trust:pickCertificate'
  | 'trust:importRevocations'
  | 'trust:exportOwnCertificate'
  | 'region:status'
  | 'region:create'
  | 'region:issue'
  | 'region:exportCertificate'
  | 'region:revoke'
  | 'region:exportRevocations'
  | 'region:publish'
>;

/** Where the coordinator offers the CA to the region (the sync service), when the workspace joined one. */
export interface RegionPublisher {
  publishCa(caDer: Buffer, crlDer: Buffer): Promise<unknown>;
  publishCrl(caFingerprint: string, crlDer: Buffer): Promise<void>;
  isOffered(caFingerprint: string): Promise<boolean>;
}

const MAX_SMALL_FILE = 5 * 1024 * 1024;

const fileSafe = (name: string) =>
  name
    .replace(/[^A-Za-z0-9 _-]+/g, '')
    .trim()
    .replace(/\s+/g, '-') || 'certificate';

export function trustHandlers(ctx: ServiceContext, { trust, identities }: SigningKeys, publisher?: RegionPublisher): TrustHandlers {
  const region = new RegionalCa(ctx.workspaceDir, ctx.clock);

  async function pickSmallFile(title: string, filter: { name: string; extensions: string[] }): Promise<Buffer | null> {
    if (!ctx.shell.pickFiles) throw new AppError('unsupported', 'choosingFileNeedsDesktop');
    const [file] = await ctx.shell.pickFiles({ title, filters: [filter] });
    if (!file) return null;
    const stat = await fs.stat(file).catch((error: unknown) => {
      throw toAppError(error, file, 'read');
    });
    if (stat.size > MAX_SMALL_FILE) throw new AppError('invalid_input', 'fileTooLargeForKind', { file: path.basename(file) });
    return fs.readFile(file);
  }

  async function save(title: string, defaultName: string, filter: { name: string; extensions: string[] }, bytes: Buffer) {
    if (!ctx.shell.saveFile) throw new AppError('unsupported', 'savingFileNeedsDesktop');
    const target = await ctx.shell.saveFile({ title, defaultName, filters: [filter] });
    if (!target) return null;
    await writeBinaryDurably(target, bytes);
    return { path: target };
  }

  const certificateFilter = { name: 'Certificate', extensions: ['cer', 'crt', 'pem', 'der'] };

  const caFingerprint = async () => new X509Certificate(await region.certificate()).fingerprint256;
  const offered = async () => (publisher ? publisher.isOffered(await caFingerprint()) : false);
  /** The summary, and whether the CA was offered to the region (the panel then asks for the passphrase to revoke). */
  const told = async (summary: RegionalCaSummary): Promise<RegionalCaSummary> => ({ ...summary, offeredToRegion: await offered() });
  /** A new CRL: kept where signing finds it, and sent to the region once the CA is offered there. */
  const keepCrl = (crl: Buffer) => trust.importRevocations(crl);
  const publishCrl = async (crl: Buffer) => publisher?.publishCrl(await caFingerprint(), crl);

  /**
   * Revoking while the CA is offered to the region signs a new CRL with the CA passphrase and puts
   * it in the regional replica in the same step (the round that follows sends it), so no member's
   * verifier goes on calling the person's signatures valid until someone exports a list. A wrong
   * passphrase revokes nothing. Not offered: the revocation applies here only, as before.
   */
  async function revokeAndPublish(serialNumber: string, caPassphrase: string | undefined): Promise<RegionalCaSummary> {
    if (!(await offered())) return told(await region.revoke(serialNumber));
    if (!caPassphrase) throw new AppError('invalid_input', 'caPassphraseToRevoke');
    const { summary, crl } = await region.revokeAndSign(serialNumber, caPassphrase).catch((error: unknown) => {
      throw error instanceof AppError && error.key === 'wrongCaPassphrase'
        ? new AppError('forbidden', 'wrongCaPassphraseNotRevoked')
        : error;
    });
    try {
      await publishCrl(crl);
    } catch {
      // The revocation stands (it is in the CA's file with its list); only sending it failed.
      throw new AppError('io_error', 'revokedNotSentToRegion');
    }
    await keepCrl(crl);
    return told(summary);
  }

  return {
    'trust:list': () => trust.list(),
    'trust:add': ({ der, kind }) => trust.add(Buffer.from(der, 'base64'), kind),
    'trust:remove': ({ fingerprint }) => trust.remove(fingerprint),
    'trust:pickCertificate': async () => {
      const bytes = await pickSmallFile('Choose a certificate', certificateFilter);
      if (!bytes) return null;
      const { x509, der } = readCertificate(bytes);
      return { der: der.toString('base64'), certificate: certificateInfo(x509), isCa: x509.ca };
    },
    'trust:importRevocations': async () => {
      const bytes = await pickSmallFile('Import a revocation list', { name: 'Revocation list', extensions: ['crl', 'pem', 'json'] });
      return bytes ? trust.importRevocations(bytes) : null;
    },
    'trust:exportOwnCertificate': async () => {
      const status = await identities.status();
      const der = await identities.certificate();
      if (!status.identity || !der) throw new AppError('not_found', 'noIdentityToExport');
      return save('Export my public certificate', `${fileSafe(status.identity.name)}.cer`, certificateFilter, der);
    },

    'region:status': async () => {
      const summary = await region.summary();
      return summary && told(summary);
    },
    'region:create': async ({ name, organisation, passphrase }) => {
      const summary = await region.create(name, organisation, passphrase);
      // The coordinator's own workspace trusts what its CA issues.
      await trust.add(await region.certificate(), 'regional_ca');
      return told(summary);
    },
    'region:issue': async ({ member, p12Passphrase, caPassphrase }) => {
      const deliver = async (p12: Buffer) =>
        (
          await save(
            `Save the signing identity for ${member.name}`,
            `${fileSafe(member.name)}.p12`,
            { name: 'PKCS#12 signing identity', extensions: ['p12'] },
            p12,
          )
        )?.path ?? null;
      const issued = await region.issue(member, p12Passphrase, caPassphrase, deliver);
      return { ...issued, summary: await told(issued.summary) };
    },
    'region:exportCertificate': async () => {
      const summary = await region.summary();
      if (!summary) throw new AppError('not_found', 'noRegionalCa');
      return save('Export the regional CA certificate', `${fileSafe(summary.name)}.cer`, certificateFilter, await region.certificate());
    },
    'region:revoke': ({ serialNumber, caPassphrase }) => revokeAndPublish(serialNumber, caPassphrase),
    'region:exportRevocations': async ({ caPassphrase }) => {
      const crl = await region.crl(caPassphrase);
      const saved = await save(
        'Export the revocation list',
        `${fileSafe((await region.summary())?.name ?? 'region')}.crl`,
        { name: 'Certificate revocation list', extensions: ['crl'] },
        crl,
      );
      // The coordinator signs with it too: keep the newest list where signing finds it.
      await keepCrl(crl);
      // Each new list goes to the region as well, once the CA is offered there.
      await publishCrl(crl).catch(() => undefined);
      return saved;
    },
    'region:publish': async ({ caPassphrase }) => {
      if (!publisher) throw new AppError('unsupported', 'syncNotConfigured');
      const certificate = await region.certificate();
      const crl = await region.crl(caPassphrase);
      await keepCrl(crl);
      try {
        await publisher.publishCa(certificate, crl);
      } catch (error) {
        throw toSyncAppError(error);
      }
      return { published: true as const };
    },
  };
}
