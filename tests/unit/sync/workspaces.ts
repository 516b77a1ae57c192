import { openServices } from '../helpers/open-services';
import { createSyncService, type SyncService } from '../../../electron/services/sync/service';
import type { RegionSecrets } from '../../../electron/services/sync/handlers';
import type { Couch } from './couch-server';

/**
 * A real workspace (temp folder, real services) joined to the test region as `user`, through the
 * sync service createServices composed (the one the app's IPC reaches), with its timers off.
 */
export async function openMember(couch: Pick<Couch, 'url'>, user: string, password = `${user}-password`, name = user, regional = true) {
  let secret: string | null = password;
  const regionSecrets: RegionSecrets = { get: async () => secret, set: async (_key, value) => void (secret = value), secure: false };
  const ws = await openServices(undefined, { shell: { regionSecrets }, sync: { autoSyncMs: null, pullEveryMs: null } });
  const profile = await ws.call('settings:getProfile');
  await ws.call('settings:updateProfile', { ...profile, name });
  let sync: SyncService = ws.services.sync;
  if (!regional) {
    // Case-only members (the convergence model) skip the regional database: one replication less per round.
    await sync.close();
    sync = createSyncService({ ctx: ws.services.context, password: async () => secret, autoSyncMs: null, pullEveryMs: null, regional });
  }
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
