import { openServices } from '../helpers/open-services';
import { createSyncService } from '../../../electron/services/sync/service';
import type { Couch } from './couch-server';

/** A real workspace (temp folder, real services) joined to the test region as `user`. */
export async function openMember(couch: Couch, user: string, password = `${user}-password`, name = user, regional = true) {
  const ws = await openServices();
  const profile = await ws.call('settings:getProfile');
  await ws.call('settings:updateProfile', { ...profile, name });
  let secret: string | null = password;
  const sync = createSyncService({ ctx: ws.services.context, password: async () => secret, autoSyncMs: null, regional });
  await sync.load();
  await sync.configure(couch.url, user);
  return {
    ...ws,
    sync,
    setPassword: (p: string | null) => {
      secret = p;
    },
    close: async () => {
      await sync.close();
      await ws.services.close();
    },
  };
}
