import type { BrowserWindow } from 'electron';
import type { Language } from '../../shared/domain/settings';
import type { WorkspaceInfo } from '../../shared/ipc/contracts/workspace';
import type { WorkspaceStatus } from '../../shared/ipc/contracts/workspace-open';
import type { Result } from '../../shared/result';
import { createServices, type Services } from '../services';
import { WorkspaceOpener } from '../services/workspace/opener';
import type { RegionSecrets } from '../services/sync/handlers';
import { fileDialogs } from './dialogs';
import { t } from './strings';
import { saveWorkspaceDir } from './workspace-config';

/**
 * The workspace of the running app: opening, switching and closing it. A workspace that fails
 * to open is kept as a failure the window shows (retry, open anyway, another folder, a backup).
 */
export class WorkspaceSession {
  private unsubscribe: () => void = () => undefined;
  private readonly dialogs: ReturnType<typeof fileDialogs>;
  private readonly opener: WorkspaceOpener;
  /** The folder the config names (the start-up one, then each the user switched to). */
  private remembered: string | null = null;

  constructor(
    private readonly userDataDir: string,
    private readonly currentWindow: () => BrowserWindow | null,
    /** Opens a workshop's projector window (see audience-window.ts). */
    private readonly openAudience: (workshopId: string) => Promise<boolean> = async () => false,
    /** Told the workspace's interface language when it opens and whenever Settings change it. */
    private readonly onLanguage: (language: Language) => void = () => undefined,
    /** Where region passwords are kept (safeStorage); none: in memory for the session. */
    private readonly regionSecrets?: RegionSecrets,
  ) {
    this.dialogs = fileDialogs(currentWindow);
    this.opener = new WorkspaceOpener({
      connect: (dir, openAnyway) => this.connect(dir, openAnyway),
      chooseFolder: () => this.dialogs.chooseFolder(t('workspace.chooseTitle')),
      opened: (next) => this.adopt(next),
    });
  }

  get current(): Services | null {
    return this.opener.current;
  }

  /** Opens the start-up workspace; a failure is kept for the window to show, never thrown. */
  async open(dir: string): Promise<WorkspaceStatus> {
    this.remembered ??= dir;
    return this.opener.open(dir);
  }

  /** Every channel from the window: the workspace's own, or the failure screen's. */
  dispatch(channel: string, input: unknown): Promise<Result<unknown>> {
    return this.opener.dispatch(channel, input);
  }

  /** Asks for a folder and switches to it; the current workspace stays open if that fails. */
  async choose(): Promise<WorkspaceInfo | null> {
    const status = await this.opener.chooseAndOpen();
    const services = this.opener.current;
    return status && services ? services.handlers['workspace:info']() : null;
  }

  /** Waits for the workspace to close (pending writes drained, lock released). */
  async close(): Promise<void> {
    // If closing fails the workspace stays current, so the user can keep working and retry.
    await this.opener.close();
    if (!this.opener.current) this.unsubscribe();
  }

  private async adopt(next: Services): Promise<void> {
    this.unsubscribe();
    const language = () => this.onLanguage(next.context.index.data.profile.language);
    const events = next.subscribe((event, payload) => this.currentWindow()?.webContents.send(event, payload));
    const settings = next.context.changes.subscribe((change) => change.kind === 'settings' && language());
    this.unsubscribe = () => {
      events();
      settings();
    };
    language();
    if (this.remembered !== null && next.workspaceDir !== this.remembered) {
      await saveWorkspaceDir(this.userDataDir, next.workspaceDir);
      this.remembered = next.workspaceDir;
      this.currentWindow()?.webContents.send('workspace:changed', { dir: next.workspaceDir });
    }
  }

  private connect(dir: string, openAnyway: boolean): Promise<Services> {
    const { pickFiles, saveFile } = this.dialogs;
    return createServices({
      workspaceDir: dir,
      openAnyway,
      shell: {
        chooseWorkspace: () => this.choose(),
        pickFiles,
        saveFile,
        openAudience: this.openAudience,
        regionSecrets: this.regionSecrets,
      },
    });
  }
}
