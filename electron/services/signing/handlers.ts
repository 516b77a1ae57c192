import type { Handlers } from '../../../shared/ipc/contract';
import type { ServiceContext } from '../context';
import type { IdentityStatus } from '../../../shared/domain/signing';
import { IdentityStore } from './identity-store';
import { trustStoreFor } from './trust-handlers';

type SigningHandlers = Pick<Handlers, 'signing:status' | 'signing:create' | 'signing:import' | 'signing:unlock' | 'signing:lock'>;

const stores = new WeakMap<ServiceContext, IdentityStore>();

/** The one identity store of an open workspace, shared by the signing and export handlers. */
export function identityStoreFor(ctx: ServiceContext): IdentityStore {
  let store = stores.get(ctx);
  if (!store) {
    store = new IdentityStore(ctx.workspaceDir, ctx.clock);
    stores.set(ctx, store);
  }
  return store;
}

/** A new identity joins the known signers, so the user's earlier signatures stay known after a replacement. */
async function rememberOwn(ctx: ServiceContext, status: IdentityStatus): Promise<IdentityStatus> {
  const der = await identityStoreFor(ctx).certificate();
  if (der) await trustStoreFor(ctx).add(der, 'own');
  return status;
}

export function signingHandlers(ctx: ServiceContext): SigningHandlers {
  const store = identityStoreFor(ctx);
  return {
    'signing:status': () => store.status(),
    'signing:create': async ({ draft, replace }) => rememberOwn(ctx, await store.create(draft, replace)),
    'signing:import': async ({ passphrase, replace }) => {
      const [file] = (await ctx.shell.pickFiles?.({ title: 'Import a signing identity', filters: [{ name: 'PKCS#12 signing identity', extensions: ['p12', 'pfx'] }] })) ?? [];
      if (!file) return null;
      return rememberOwn(ctx, await store.importFile(file, passphrase, replace));
    },
    'signing:unlock': ({ passphrase }) => store.unlock(passphrase),
    'signing:lock': () => store.lock(),
  };
}
