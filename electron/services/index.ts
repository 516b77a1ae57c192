import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { contract, type Channel, type Handlers } from '../../shared/ipc/contract';
import type { Notice } from '../../shared/ipc/contracts/workspace';
import type { EventName, EventPayload } from '../../shared/ipc/events';
import type { Emit, ServiceContext, ServicesOptions } from './context';
import { createChangeFeed } from './change-feed';
import { composeServices } from './compose';
import { Journals } from './journal/journal';
import type { Search } from './search/upkeep';
import type { SyncService } from './sync/service';
import { Backups } from './store/backups';
import { CallGate } from './store/call-gate';
import { openDocument } from './store/document';
import { acquireWorkspaceLock, LOCK_LOST, lockLostError } from './store/lock';
import { repairOrphanJournals } from './store/reconcile';
import { removeStaleTempFiles } from './store/temp-files';
import { emptyIndex, INDEX_FILE, INDEX_VERSION, indexFileSchema } from './workspace/index-file';

export type { ServicesOptions } from './context';

type Listener = (event: EventName, payload: unknown) => void;

/** An open workspace: the handlers for every channel, push events, and a way to close it. */
export interface Services {
  handlers: Handlers;
  workspaceDir: string;
  subscribe: (listener: Listener) => () => void;
  close: () => Promise<void>;
  /** The context the handlers share (tests read the index and journals through it). */
  context: ServiceContext;
  /** The workspace search (the bench reads its size). */
  search: Search;
  /** Region sync (tests drive it directly). */
  sync: SyncService;
}

/** Opens the workspace folder (taking its lock) and builds every service on it. */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const { workspaceDir } = options;
  await fs.mkdir(workspaceDir, { recursive: true });
  const lock = await acquireWorkspaceLock(workspaceDir, {
    openAnyway: options.openAnyway,
    clock: options.clock,
    // Another Casebook chose Open anyway: this one stops writing (every change is refused, no
    // snapshot is written) and says so, rather than overwrite what the other one saves.
    onCompromised: () => notify({ level: 'error', message: LOCK_LOST }),
  });
  const release = lock.release;
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
  const closers: (() => Promise<void>)[] = [];
  try {
    await removeStaleTempFiles(workspaceDir);
    const backups = new Backups(workspaceDir, clock);
    const index = await openDocument({
      workspaceDir,
      relativeFile: INDEX_FILE,
      schema: indexFileSchema,
      currentVersion: INDEX_VERSION,
      create: emptyIndex,
      validateUpdates: true,
      backups,
      notify,
      fs: options.fs,
    });
    const journals = new Journals(
      workspaceDir,
      clock,
      () => {
        const { name, role } = index.data.profile;
        return { name: name || 'Unnamed user', role };
      },
      options.fs,
    );
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
      changes: createChangeFeed(),
      recordPorts: {},
      checkpointIdleMs: options.checkpointIdleMs,
      syncTimers: options.sync,
      stillHeld: lock.stillHeld,
    };
    const { handlers, search, sync, reconcile, close } = composeServices(ctx);
    closers.push(close);
    // The record files are the truth: repair journals and rebuild the lists from them before
    // anything reads the workspace (see store/reconcile.ts).
    await repairOrphanJournals(ctx, await reconcile());
    const gate = new CallGate();
    return {
      handlers: gate.wrap(
        handlers,
        (channel) => Boolean(contract[channel as Channel]?.mutation),
        async () => {
          if (!(await lock.stillHeld())) throw lockLostError();
        },
      ),
      workspaceDir,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      // Quit and switching folders wait for every call in flight (and its journal lines) to
      // settle before the lock is released: an acknowledged save is never cut short.
      close: async () => {
        await gate.close();
        await journals.drain();
        // Changes acknowledged through a record's log reach its file now (a failure loses
        // nothing: the log is replayed at the next open).
        // A holder that lost the lock writes nothing more: its logs stay on disk as they are.
        if (await lock.stillHeld()) await close();
        await release();
      },
      context: ctx,
      search,
      sync,
    };
  } catch (error) {
    // Snapshot timers started while opening stop (and write what they hold) before the lock goes.
    for (const close of closers) await close().catch(() => undefined);
    await release();
    throw error;
  }
}
