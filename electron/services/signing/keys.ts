import type { TrustAnchors } from '../../../shared/domain/trust';
import type { ServiceContext } from '../context';
import { IdentityStore } from './identity-store';
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
}

export function createSigningKeys(ctx: Pick<ServiceContext, 'workspaceDir' | 'clock'>): SigningKeys {
  const identities = new IdentityStore(ctx.workspaceDir, ctx.clock);
  const trust = new TrustStore(ctx.workspaceDir, ctx.clock);
  return {
    identities,
    trust,
    anchors: async () => {
      const own = (await identities.status()).identity;
      return trust.anchors(own ? { name: own.name, email: own.email, fingerprint: own.fingerprint } : null);
    },
  };
}
