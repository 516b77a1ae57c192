import * as fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileDurably } from '../store/durable-file';
import type { SyncConfig, SyncState } from './state';

const CONFIG_FILE = 'sync/config.json';
/** When each shared record last synced: kept across restarts ("last synced 09:12" after a reopen). */
const LAST_SYNCED_FILE = 'sync/last-synced.json';

export async function readSyncConfig(workspaceDir: string): Promise<SyncConfig | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(workspaceDir, CONFIG_FILE), 'utf8')) as SyncConfig;
  } catch {
    return null;
  }
}

/** Reads the region settings and the last-synced times kept by an earlier session. */
export async function loadPersisted(s: SyncState) {
  s.config = await readSyncConfig(s.ctx.workspaceDir);
  const kept = await fs.readFile(path.join(s.ctx.workspaceDir, LAST_SYNCED_FILE), 'utf8').catch(() => '{}');
  try {
    for (const [id, at] of Object.entries(JSON.parse(kept) as Record<string, unknown>))
      if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) s.lastSyncedAt[id] = at;
  } catch {
    // A damaged file only loses the times: the next round writes them again.
  }
}

export async function saveLastSynced(s: SyncState) {
  if (s.closed || !s.config) return;
  await fs.mkdir(path.join(s.ctx.workspaceDir, 'sync'), { recursive: true });
  await writeFileDurably(path.join(s.ctx.workspaceDir, LAST_SYNCED_FILE), `${JSON.stringify(s.lastSyncedAt)}\n`);
}

export async function saveConfig(s: SyncState, next: SyncConfig) {
  await fs.mkdir(path.join(s.ctx.workspaceDir, 'sync'), { recursive: true });
  await writeFileDurably(path.join(s.ctx.workspaceDir, CONFIG_FILE), `${JSON.stringify(next, null, 2)}\n`);
  s.config = next;
}
