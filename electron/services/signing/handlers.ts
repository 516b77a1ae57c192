import type { Handlers } from '../../../shared/ipc/contract';
import type { ServiceContext } from '../context';
import type { IdentityStatus } from '../../../shared/domain/signing';
import type { SigningKeys } from './keys';

type SigningHandlers = Pick<Handlers, 'signing:status' | 'signing:create' | 'signing:import' | 'signing:unlock' | 'signing:lock'>;

export function signingHandlers(ctx: ServiceContext, keys: SigningKeys): SigningHandlers {
  const store = keys.identities;
  /** A new identity joins the known signers, so the user's earlier signatures stay known after a replacement. */
  const rememberOwn = async (status: IdentityStatus): Promise<IdentityStatus> => {
    const der = await store.certificate();
    if (der) await keys.trust.add(der, 'own');
    return status;
  };
  return {
    'signing:status': () => store.status(),
    'signing:create': async ({ draft, replace }) => rememberOwn(await store.create(draft, replace)),
    'signing:import': async ({ passphrase, replace }) => {
      const [file] =
        (await ctx.shell.pickFiles?.({
          title: 'Import a signing identity',
          filters: [{ name: 'PKCS#12 signing identity', extensions: ['p12', 'pfx'] }],
        })) ?? [];
      if (!file) return null;
      return rememberOwn(await store.importFile(file, passphrase, replace));
    },
    'signing:unlock': ({ passphrase }) => store.unlock(passphrase),
    'signing:lock': () => store.lock(),
  };
}
