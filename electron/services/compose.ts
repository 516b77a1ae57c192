import type { Handlers } from '../../shared/ipc/contract';
import { actionHandlers } from './actions/handlers';
import { standaloneActionProvider } from './actions/standalone-provider';
import { caseService } from './cases/handlers';
import type { ServiceContext } from './context';
import { demoHandlers } from './demo/handlers';
import { issueHandlers } from './issues/handlers';
import { libraryHandlers } from './library/handlers';
import { organisationHandlers } from './organisations/handlers';
import { overviewHandlers } from './overview/handlers';
import { overviewRowsSource } from './overview/rows';
import { exportsHandlers } from './reports/handlers';
import { searchHandlers } from './search/handlers';
import { searchedKinds } from './search/searched-kinds';
import { followSearch, type Search } from './search/upkeep';
import { signingHandlers } from './signing/handlers';
import { createSigningKeys } from './signing/keys';
import { trustHandlers } from './signing/trust-handlers';
import { workspaceHandlers } from './workspace/handlers';
import { standaloneOpenHandlers } from './workspace/opener';
import { workshopService } from './workshops/handlers';
import { memorySecrets, secretKey, syncHandlers } from './sync/handlers';
import { createSyncService, type SyncService } from './sync/service';
import { regionalOverview } from './overview/regional';
import { recoveryHandlers } from './recovery/handlers';

/** Every domain of an open workspace, wired; createServices adds the lock, the call gate and close. */
export interface Composition {
  handlers: Handlers;
  search: Search;
  sync: SyncService;
  /** At open, before anything reads the workspace: repairs journals and rebuilds the lists; the record ids found. */
  reconcile(): Promise<Set<string>>;
  /** At close, after the last call settled: pending snapshots reach their files. */
  close(): Promise<void>;
}

/**
 * Builds each domain from what it depends on, once, top to bottom: nothing is registered or
 * patched afterwards. Domains that follow others' records subscribe to `ctx.changes`.
 */
export function composeServices(ctx: ServiceContext): Composition {
  const keys = createSigningKeys(ctx);
  const organisations = organisationHandlers(ctx);
  const issues = issueHandlers(ctx);
  const cases = caseService(ctx, keys);
  const workshops = workshopService(ctx, issues['issues:raise']);
  const actionProviders = [standaloneActionProvider(ctx), cases.actions, workshops.actions];
  const overviewProviders = [cases.overview, workshops.overview];
  const search = followSearch(
    ctx.changes,
    searchedKinds({ ctx, getCase: cases.get, allCases: cases.all, getWorkshop: workshops.get, actionProviders }),
  );

  // Region sync follows committed changes like search does; the password stays in the shell's secure storage.
  const secrets = ctx.shell.regionSecrets ?? memorySecrets();
  const sync = createSyncService({
    ctx,
    password: async () => {
      const config = sync.config();
      return config ? secrets.get(secretKey(ctx.workspaceDir, config.server, config.username)) : null;
    },
    autoSyncMs: ctx.syncTimers?.autoSyncMs,
    pullEveryMs: ctx.syncTimers?.pullEveryMs,
    trust: keys.trust,
  });

  const handlers = {
    ...workspaceHandlers(ctx),
    ...standaloneOpenHandlers(ctx.workspaceDir),
    ...organisations,
    ...issues,
    ...cases.handlers,
    ...workshops.handlers,
    ...actionHandlers(ctx, actionProviders),
    ...overviewHandlers(ctx, actionProviders, overviewProviders, () => regionalOverview(sync)),
    ...syncHandlers(ctx, sync, secrets),
    ...libraryHandlers(ctx, search),
    ...searchHandlers(search),
    ...signingHandlers(ctx, keys),
    ...trustHandlers(ctx, keys, sync),
    ...exportsHandlers(
      ctx,
      keys,
      { get: workshops.get, keepCirculatedPlan: workshops.keepCirculatedPlan },
      overviewRowsSource(ctx, actionProviders, overviewProviders),
    ),
    ...recoveryHandlers([cases.setAside, workshops.setAside]),
    ...demoHandlers(ctx, { cases: cases.handlers, organisations, workshops: workshops.handlers }),
  } satisfies Handlers;

  return {
    handlers,
    search,
    sync,
    reconcile: async () => {
      const ids = new Set([...(await workshops.reconcile()), ...(await cases.reconcile())]);
      await sync.load();
      return ids;
    },
    close: async () => {
      search.stop();
      await sync.close();
      await cases.close();
      await workshops.close();
    },
  };
}
