import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import type { Handlers } from '../../shared/ipc/contract';
import type { Notice } from '../../shared/ipc/contracts/workspace';
import type { EventName, EventPayload } from '../../shared/ipc/events';
import type { Emit, ServiceContext, ServicesOptions } from './context';
import { connectCases } from './integration/cases';
import { connectWorkshops } from './integration/workshops';
import { caseHandlers } from './cases/handlers';
import { Journals } from './journal/journal';
import { organisationHandlers } from './organisations/handlers';
import { exportsHandlers } from './reports/handlers';
import { signingHandlers } from './signing/handlers';
import { trustHandlers } from './signing/trust-handlers';
import { Backups } from './store/backups';
import { openDocument } from './store/document';
import { acquireWorkspaceLock } from './store/lock';
import { removeStaleTempFiles } from './store/temp-files';
import { emptyIndex, INDEX_FILE, INDEX_VERSION, indexFileSchema } from './workspace/index-file';
import { workspaceHandlers } from './workspace/handlers';
import { workshopHandlers } from './workshops/handlers';
import { actionHandlers } from './actions/handlers';
import { issueHandlers } from './issues/handlers';
import { overviewHandlers } from './overview/handlers';
import { libraryHandlers } from './library/handlers';
import { searchHandlers } from './search/handlers';
import { SearchIndex } from './search/search-index';
import { registerBuiltInSources } from './search/sources';
import { standaloneActionProvider } from './actions/standalone-provider';

export type { ServicesOptions } from './context';

type Listener = (event: EventName, payload: unknown) => void;

/** An open workspace: the handlers for every channel, push events, and a way to close it. */
export interface Services {
  handlers: Handlers;
  workspaceDir: string;
  subscribe: (listener: Listener) => () => void;
  close: () => Promise<void>;
  /** The context the handlers share, so tests and hosts can register providers. */
  context: ServiceContext;
}

/** Opens the workspace folder (taking its lock) and builds every service on it. */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const { workspaceDir } = options;
  await fs.mkdir(workspaceDir, { recursive: true });
  const release = await acquireWorkspaceLock(workspaceDir);
  const listeners = new Set<Listener>();
  const emit: Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of listeners) listener(event, payload);
  };
  const notices: Notice[] = [];
  const notify = (notice: Notice) => {
    notices.push(notice);
    emit('workspace:notice', notice);
  };
  const clock = options.clock ?? (() => new Date());
  try {
    await removeStaleTempFiles(workspaceDir, ['cases', 'workshops']);
    const backups = new Backups(workspaceDir, clock);
    const index = await openDocument({
      workspaceDir,
      relativeFile: INDEX_FILE,
      schema: indexFileSchema,
      currentVersion: INDEX_VERSION,
      create: emptyIndex,
      backups,
      notify,
      fs: options.fs,
    });
    const journals = new Journals(workspaceDir, clock, () => {
      const { name, role } = index.data.profile;
      return { name: name || 'Unnamed user', role };
    });
    const ctx: ServiceContext = {
      workspaceDir,
      journals,
      clock,
      shell: options.shell ?? {},
      fs: options.fs,
      backups,
      index,
      notices,
      notify,
      emit,
      newId: randomUUID,
      actionProviders: [],
      overviewProviders: [],
      search: new SearchIndex(),
    };
    ctx.actionProviders.push(standaloneActionProvider(ctx));
    await registerBuiltInSources(ctx);
    const handlers = {
      ...workspaceHandlers(ctx),
      ...organisationHandlers(ctx),
      ...signingHandlers(ctx),
      ...exportsHandlers(ctx),
      ...workshopHandlers(ctx),
      ...actionHandlers(ctx),
      ...issueHandlers(ctx),
      ...overviewHandlers(ctx),
      ...libraryHandlers(ctx),
      ...searchHandlers(ctx),
      ...caseHandlers(ctx),
      ...trustHandlers(ctx),
    } satisfies Handlers;
    connectWorkshops(ctx, handlers);
    connectCases(ctx, handlers);
    return {
      handlers,
      workspaceDir,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: release,
      context: ctx,
    };
  } catch (error) {
    await release();
    throw error;
  }
}
