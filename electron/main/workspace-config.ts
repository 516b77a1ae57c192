import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { languages, type Language } from '../../shared/domain/settings';
import { languageFromSystem } from '../../shared/i18n/system-language';
import { writeFileDurably } from '../services/store/durable-file';

/** What this computer remembers outside any workspace (the user-data folder's casebook-config.json). */
interface ShellConfig {
  workspaceDir?: string;
  /** The interface language last chosen here, so menus and dialogs speak it before a workspace opens. */
  language?: Language;
}

/**
 * Which folder is the workspace lives outside it, in the app's own user-data folder.
 * `CASEBOOK_WORKSPACE` overrides it (end-to-end tests on real Electron use that).
 */
export async function readWorkspaceDir(userDataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.CASEBOOK_WORKSPACE) return env.CASEBOOK_WORKSPACE;
  return (await readConfig(userDataDir)).workspaceDir ?? path.join(userDataDir, 'workspace');
}

export function saveWorkspaceDir(userDataDir: string, workspaceDir: string): Promise<void> {
  return updateConfig(userDataDir, { workspaceDir });
}

/**
 * The language for menus and dialogs before any workspace profile is read (it may never be: the
 * workspace can be locked or unreadable): the one last chosen on this computer, else the first of
 * the system's languages Casebook speaks, else English — the same order the window follows.
 */
export async function startLanguage(userDataDir: string, systemLanguages: readonly string[]): Promise<Language> {
  return (await readConfig(userDataDir)).language ?? languageFromSystem(systemLanguages);
}

/** Remembers the language a workspace's profile chose (written only when it differs). */
export function rememberLanguage(userDataDir: string, language: Language): Promise<void> {
  return updateConfig(userDataDir, { language });
}

// Each field is read on its own: a damaged folder name must not lose the language, nor the reverse.
const configSchema = z.object({
  workspaceDir: z.string().min(1).optional().catch(undefined),
  language: z.enum(languages).optional().catch(undefined),
});

async function readConfig(userDataDir: string): Promise<ShellConfig> {
  try {
    const parsed = configSchema.safeParse(JSON.parse(await readFile(configFile(userDataDir), 'utf8')));
    if (parsed.success) return Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
  } catch {
    // No config yet, or unreadable: the defaults apply.
  }
  return {};
}

// Writes go one at a time, so a folder switch and a language change never undo each other.
let writes: Promise<void> = Promise.resolve();
function updateConfig(userDataDir: string, patch: ShellConfig): Promise<void> {
  const write = writes.then(async () => {
    const before = await readConfig(userDataDir);
    const next = { ...before, ...patch };
    if (JSON.stringify(next) !== JSON.stringify(before)) await writeFileDurably(configFile(userDataDir), JSON.stringify(next));
  });
  writes = write.catch(() => undefined);
  return write;
}

const configFile = (userDataDir: string) => path.join(userDataDir, 'casebook-config.json');
