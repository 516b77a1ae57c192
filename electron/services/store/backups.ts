import * as fs from 'node:fs/promises';
import path from 'node:path';
import { ensureFolder, writeFileDurably } from './durable-file';

const KEEP = 10;
const SNAPSHOT_EVERY_MS = 10 * 60 * 1000;

/** Rolling snapshots of each workspace file under `backups/<file>/<timestamp>.json`. */
export class Backups {
  private lastSnapshot = new Map<string, number>();

  constructor(
    private readonly workspaceDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private folderFor(relativeFile: string): string {
    return path.join(this.workspaceDir, 'backups', relativeFile.replaceAll(/[\\/]/g, '__'));
  }

  /** True unless a snapshot of this file was taken in the last few minutes. */
  isDue(relativeFile: string): boolean {
    const last = this.lastSnapshot.get(relativeFile) ?? 0;
    return this.now().getTime() - last >= SNAPSHOT_EVERY_MS;
  }

  /** Takes a snapshot unless one was taken recently; `text` is only built when one is due. */
  async snapshotIfDue(relativeFile: string, text: () => string): Promise<void> {
    if (this.isDue(relativeFile)) await this.snapshot(relativeFile, text());
  }

  async snapshot(relativeFile: string, text: string): Promise<void> {
    const folder = this.folderFor(relativeFile);
    // The newest snapshot already holds this text (e.g. a workspace reopened without changes):
    // another copy would cost a durable write at every open and push an older, different
    // snapshot out of the ten kept.
    if ((await this.newestText(folder)) === text) {
      this.lastSnapshot.set(relativeFile, this.now().getTime());
      return;
    }
    await ensureFolder(folder);
    const stamp = this.now().toISOString().replaceAll(':', '-');
    await writeFileDurably(path.join(folder, `${stamp}.json`), text);
    this.lastSnapshot.set(relativeFile, this.now().getTime());
    await this.prune(folder);
  }

  private async prune(folder: string): Promise<void> {
    const names = (await this.list(folder)).slice(KEEP);
    await Promise.all(names.map((name) => fs.unlink(path.join(folder, name)).catch(() => undefined)));
  }

  private async newestText(folder: string): Promise<string | null> {
    const [newest] = await this.list(folder);
    return newest ? fs.readFile(path.join(folder, newest), 'utf8').catch(() => null) : null;
  }

  /** Snapshot file names, newest first. */
  private async list(folder: string): Promise<string[]> {
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    return names
      .filter((n) => n.endsWith('.json'))
      .sort()
      .reverse();
  }

  /** True when at least one snapshot of this file exists. */
  async has(relativeFile: string): Promise<boolean> {
    return (await this.list(this.folderFor(relativeFile))).length > 0;
  }

  /** The newest snapshot whose text passes `isValid`, with its time. */
  async newestValid(relativeFile: string, isValid: (text: string) => boolean): Promise<{ text: string; takenAt: string } | null> {
    const folder = this.folderFor(relativeFile);
    for (const name of await this.list(folder)) {
      const text = await fs.readFile(path.join(folder, name), 'utf8').catch(() => null);
      if (text !== null && isValid(text)) {
        return { text, takenAt: name.replace(/\.json$/, '').replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3') };
      }
    }
    return null;
  }
}
