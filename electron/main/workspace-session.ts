import type { BrowserWindow } from 'electron';
import type { WorkspaceInfo } from '../../shared/ipc/contracts/workspace';
import { createServices, type Services } from '../services';
import { fileDialogs } from './dialogs';
import { t } from './strings';
import { saveWorkspaceDir } from './workspace-config';

/** The open workspace of the running app: opening, switching and closing it. */
export class WorkspaceSession {
  private services: Services | null = null;
  private unsubscribe: () => void = () => undefined;
  private readonly dialogs: ReturnType<typeof fileDialogs>;

  constructor(
    private readonly userDataDir: string,
    private readonly currentWindow: () => BrowserWindow | null,
    /** Opens a workshop's projector window (see audience-window.ts). */
    private readonly openAudience: (workshopId: string) => Promise<boolean> = async () => false,
  ) {
    this.dialogs = fileDialogs(currentWindow);
  }

  get current(): Services | null {
    return this.services;
  }

  /** Opens `dir` and makes it the current workspace (the first one, at start-up). */
  async open(dir: string): Promise<void> {
    const next = await this.connect(dir);
    const previous = this.services;
    this.services = next;
    await previous?.close();
  }

  /** Asks for a folder and switches to it; the current workspace stays open if that fails. */
  async choose(): Promise<WorkspaceInfo | null> {
    const dir = await this.dialogs.chooseFolder(t('workspace.chooseTitle'));
    if (!dir) return null;
    // Open the new one first, so a locked or unreadable folder leaves the current one in use.
    await this.open(dir);
    await saveWorkspaceDir(this.userDataDir, dir);
    this.currentWindow()?.webContents.send('workspace:changed', { dir });
    return this.services ? this.services.handlers['workspace:info']() : null;
  }

  /** Waits for the workspace to close (pending writes drained, lock released). */
  async close(): Promise<void> {
    const closing = this.services;
    if (!closing) return;
    // If closing fails the workspace stays current, so the user can keep working and retry.
    await closing.close();
    if (this.services === closing) {
      this.services = null;
      this.unsubscribe();
    }
  }

  private async connect(dir: string): Promise<Services> {
    const { pickFiles, saveFile } = this.dialogs;
    const opened = await createServices({
      workspaceDir: dir,
      shell: { chooseWorkspace: () => this.choose(), pickFiles, saveFile, openAudience: this.openAudience },
    });
    this.unsubscribe();
    this.unsubscribe = opened.subscribe((event, payload) => this.currentWindow()?.webContents.send(event, payload));
    return opened;
  }
}
