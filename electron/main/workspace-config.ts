import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../services/store/durable-file';

const configSchema = z.object({ workspaceDir: z.string().min(1) });

/**
 * Which folder is the workspace lives outside it, in the app's own user-data folder.
 * `CASEBOOK_WORKSPACE` overrides it (end-to-end tests on real Electron use that).
 */
export async function readWorkspaceDir(userDataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.CASEBOOK_WORKSPACE) return env.CASEBOOK_WORKSPACE;
  try {
    const parsed = configSchema.safeParse(JSON.parse(await readFile(configFile(userDataDir), 'utf8')));
    if (parsed.success) return parsed.data.workspaceDir;
  } catch {
    // No config yet, or unreadable: fall back to the default below.
  }
  return path.join(userDataDir, 'workspace');
}

export async function saveWorkspaceDir(userDataDir: string, workspaceDir: string): Promise<void> {
  await writeFileDurably(configFile(userDataDir), JSON.stringify({ workspaceDir }));
}

const configFile = (userDataDir: string) => path.join(userDataDir, 'casebook-config.json');
