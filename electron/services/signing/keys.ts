import { createHash } from 'node:crypto';
import type { TrustAnchors } from '../../../shared/domain/trust';
import type { ServiceContext } from '../context';
import { certificateDer, colonHex } from './certificate';
import type { AnyCertificate } from './cms';
import { IdentityStore } from './identity-store';
import { RegionalCa } from './regional-ca';
import { TrustStore } from './trust-store';

/**
 * The workspace's signing material, built once by createServices and handed to every service
 * that signs or verifies (signing, trust, exports, case files): the user's own identity and the
 * known signers.
 */
export interface SigningKeys {
  identities: IdentityStore;
  trust: TrustStore;
  /** What the verifier needs: the known signers plus the user's own current identity. */
  anchors(): Promise<TrustAnchors>;
  /** The newest imported CRL of each CA in a signer's chain: what a signature carries for offline revocation checks. */
  crlsFor(chain: AnyCertificate[]): Promise<Buffer[]>;
}

export function createSigningKeys(ctx: Pick<ServiceContext, 'workspaceDir' | 'clock'>): SigningKeys {
  const identities = new IdentityStore(ctx.workspaceDir, ctx.clock);
  const trust = new TrustStore(ctx.workspaceDir, ctx.clock);
  return {
    identities,
    trust,
    anchors: async () => {
      const own = (await identities.status()).identity;
      // The coordinator's own workspace applies its CA's revocations at once, without a list.
      const region = await new RegionalCa(ctx.workspaceDir, ctx.clock).ownRevocations();
      return trust.anchors(own ? { name: own.name, email: own.email, fingerprint: own.fingerprint } : null, region ? [region] : []);
    },
    crlsFor: async (chain) => {
      const found = await Promise.all(
        chain.map((c) =>
          trust.crlOf(
            colonHex(
              createHash('sha256')
                .update(Buffer.isBuffer(c) ? c : certificateDer(c))
                .digest('hex'),
            ),
          ),
        ),
      );
      return found.filter((c): c is Buffer => c !== null);
    },
  };
}
