import { contract, type Channel, type Handlers } from '../../../shared/ipc/contract';
import { workspaceOpenContract, type WorkspaceStatus } from '../../../shared/ipc/contracts/workspace-open';
import { AppError, fail, type Result } from '../../../shared/result';
import { dispatch } from '../dispatch';
import type { Services } from '../index';
import { describeFailure } from './failure';
import { listWorkspaceBackups, restoreWorkspaceBackup } from './restore';

type OpenChannel = keyof typeof workspaceOpenContract;
type OpenHandlers = Pick<Handlers, OpenChannel>;
const isOpenChannel = (channel: string): channel is OpenChannel => Object.hasOwn(workspaceOpenContract, channel);

export interface OpenerOptions {
  /** Builds the services on `dir` (createServices with the host's dialogs and hooks). */
  connect: (dir: string, openAnyway: boolean) => Promise<Services>;
  /** The host's folder picker; null when cancelled. Absent where the host has none. */
  chooseFolder?: () => Promise<string | null>;
  /** Called once `next` is the open workspace (the previous one, if any, is closed after). */
  opened?: (next: Services) => Promise<void> | void;
  clock?: () => Date;
}

/**
 * The workspace of a running app (Electron or the browser test host), open or failed. A
 * workspace that cannot open does not stop the app: the renderer asks `workspace:status` and
 * shows a screen to retry, open anyway (a lock held elsewhere), choose another folder or
 * restore a backup. Until a workspace is open every other channel answers with the failure.
 */
export class WorkspaceOpener {
  private services: Services | null = null;
  private failure: Extract<WorkspaceStatus, { state: 'failed' }> | null = null;
  private dir = '';
  /** Open attempts run one at a time (a double click must not take the lock twice). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: OpenerOptions) {}

  get current(): Services | null {
    return this.services;
  }

  status(): WorkspaceStatus {
    return this.failure ?? { state: 'open', dir: this.dir };
  }

  /**
   * Opens `dir`. From a failed (or no) workspace, a failure becomes the status; from an open
   * one (switching folders) it is thrown and the current workspace stays in use.
   */
  open(dir: string, openAnyway = false): Promise<WorkspaceStatus> {
    const run = this.queue.then(() => this.openNow(dir, openAnyway));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async openNow(dir: string, openAnyway: boolean): Promise<WorkspaceStatus> {
    let next: Services;
    try {
      next = await this.options.connect(dir, openAnyway);
    } catch (error) {
      if (this.services) throw error;
      this.failure = await describeFailure(dir, error, Boolean(this.options.chooseFolder));
      this.dir = dir;
      return this.status();
    }
    const previous = this.services;
    this.services = next;
    this.failure = null;
    this.dir = dir;
    await this.options.opened?.(next);
    // Not awaited: the switch may itself run inside a call on `previous` (Settings → Choose
    // folder), and its close waits for every call in flight, this one included.
    if (previous) this.closeLater(previous);
    return this.status();
  }

  /** Asks for a folder and opens it; null when the user cancelled. */
  async chooseAndOpen(): Promise<WorkspaceStatus | null> {
    if (!this.options.chooseFolder) throw new AppError('unsupported', 'choosingFolderNeedsDesktop');
    const dir = await this.options.chooseFolder();
    return dir ? this.open(dir) : null;
  }

  private closings = new Set<Promise<void>>();

  private closeLater(services: Services): void {
    const closing = services.close().catch((error: unknown) => console.error('Closing the previous workspace failed:', error));
    this.closings.add(closing);
    void closing.finally(() => this.closings.delete(closing));
  }

  /** Waits for the open workspace to close (pending writes drained, lock released). */
  async close(): Promise<void> {
    await this.queue;
    await Promise.all([...this.closings]);
    const closing = this.services;
    if (!closing) return;
    await closing.close();
    if (this.services === closing) this.services = null;
  }

  /** The one road in for a host: open channels always answer, the rest only with a workspace open. */
  dispatch(channel: string, input: unknown): Promise<Result<unknown>> {
    if (isOpenChannel(channel)) return dispatch({ ...this.services?.handlers, ...this.handlers } as Handlers, channel, input);
    if (this.services) return dispatch(this.services.handlers, channel, input);
    if (!Object.hasOwn(contract, channel as Channel)) return Promise.resolve(fail('invalid_input', 'unknownChannel', { channel }));
    const failed = this.failure;
    return Promise.resolve(
      failed
        ? fail(failed.reason === 'locked' ? 'workspace_locked' : 'io_error', 'workspaceNotOpen', { reason: failed.message })
        : fail('io_error', 'noWorkspaceOpen'),
    );
  }

  private readonly handlers: OpenHandlers = {
    'workspace:status': async () => this.status(),
    'workspace:retry': async () => (this.services ? this.status() : this.open(this.dir)),
    'workspace:openAnyway': async () => {
      if (this.services) return this.status();
      if (this.failure?.reason !== 'locked' || !this.failure.canOpenAnyway) {
        throw new AppError('conflict', 'openAnywayOnlyUncheckable');
      }
      return this.open(this.dir, true);
    },
    'workspace:openOther': async () => (await this.chooseAndOpen()) ?? this.status(),
    'workspace:backups': async () => listWorkspaceBackups(this.dir),
    'workspace:restoreBackup': async ({ id }) => {
      if (this.services) throw new AppError('conflict', 'restoreOnlyClosed');
      await restoreWorkspaceBackup(this.dir, id, this.options.clock);
      return this.open(this.dir);
    },
  };
}

/** What a workspace answers on the open channels when no opener wraps it (tests, the CLI). */
export function standaloneOpenHandlers(dir: string): OpenHandlers {
  const open = async (): Promise<WorkspaceStatus> => ({ state: 'open', dir });
  return {
    'workspace:status': open,
    'workspace:retry': open,
    'workspace:openAnyway': open,
    'workspace:openOther': async () => {
      throw new AppError('unsupported', 'choosingFolderNeedsDesktop');
    },
    'workspace:backups': async () => listWorkspaceBackups(dir),
    'workspace:restoreBackup': async () => {
      throw new AppError('conflict', 'restoreOnlyClosed');
    },
  };
}
