import type { ChangeFeed } from './change-feed';
import type { Notice, WorkspaceInfo } from '../../shared/ipc/contracts/workspace';
import type { EventName, EventPayload } from '../../shared/ipc/events';
import type { Journals } from './journal/journal';
import type { Backups } from './store/backups';
import type { Document } from './store/document';
import type { FsLike } from './store/durable-file';
import type { IndexFile } from './workspace/index-file';

/** What the desktop shell (or a test host) can do that plain Node services cannot. */
export interface ShellHooks {
  /** Shows a folder picker, switches the workspace and returns the new one (null: cancelled). */
  chooseWorkspace?: () => Promise<WorkspaceInfo | null>;
  /** Native open dialog; absolute paths, [] when cancelled. The renderer never names a path. */
  pickFiles?: (options: PickFilesOptions) => Promise<string[]>;
  /** Native save dialog; the chosen absolute path, or null when cancelled. */
  saveFile?: (options: SaveFileOptions) => Promise<string | null>;
  /** Opens (or brings forward) the projector window for a workshop; false if it cannot. */
  openAudience?: (workshopId: string) => Promise<boolean>;
  /** Where the region password is kept (Electron safeStorage in the desktop app). */
  regionSecrets?: import('./sync/handlers').RegionSecrets;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface PickFilesOptions {
  title: string;
  filters?: FileFilter[];
  multiple?: boolean;
}

export interface SaveFileOptions {
  title: string;
  defaultName: string;
  filters?: FileFilter[];
}

export interface ServicesOptions {
  workspaceDir: string;
  clock?: () => Date;
  shell?: ShellHooks;
  /** Injected only by tests that simulate disk faults. */
  fs?: FsLike;
  /** Pause after the last change before a logged record's file is rewritten (default 2 s). */
  checkpointIdleMs?: number;
  /**
   * Open even though the lock's holder may still be running (on another computer, or unknown):
   * only after the user saw who holds it (the workspace_locked message) and chose Open anyway.
   */
  openAnyway?: boolean;
  /** Region sync timers; tests and benches turn them off (null) and call syncNow themselves. */
  sync?: SyncTimers;
}

export interface SyncTimers {
  /** Pause after a committed change to a shared record before it is sent (default 1 s). */
  autoSyncMs?: number | null;
  /** How often to fetch what others changed (default 60 s). */
  pullEveryMs?: number | null;
}

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Everything a domain's handlers need, built once per open workspace. */
export interface ServiceContext {
  workspaceDir: string;
  clock: () => Date;
  shell: ShellHooks;
  fs?: FsLike;
  backups: Backups;
  index: Document<IndexFile>;
  /** Hash-chained change log per case or workshop, stamped with the user's profile. */
  journals: Journals;
  notices: Notice[];
  notify: (notice: Notice) => void;
  emit: Emit;
  newId: () => string;
  /** Every durable change is told here once (search follows it; region sync will). */
  changes: ChangeFeed;
  /** Whole-record reads and writes for the sync service, set by the case and workshop stores. */
  recordPorts: import('./sync/ports').RecordPorts;
  checkpointIdleMs?: number;
  syncTimers?: SyncTimers;
  /** False once another Casebook took the workspace lock (Open anyway): nothing may be written then. */
  stillHeld?: () => Promise<boolean>;
}
