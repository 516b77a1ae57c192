import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, _electron, type ElectronApplication, type Page } from '@playwright/test';

const repo = path.resolve(import.meta.dirname, '../..');

/** A running Casebook on its own temporary workspace: the browser host, or real Electron. */
export interface CasebookApp {
  workspaceDir: string;
  page: Page;
  /** Stops the app and starts it again on the same workspace, like closing and reopening it. */
  restart: (whileStopped?: () => Promise<void>) => Promise<Page>;
  /** The files the next native open dialog will return, as if the person picked them. */
  queuePick: (paths: string[]) => Promise<void>;
  /** The path the next native save dialog will return (null: the person cancels). */
  queueSave: (path: string | null) => Promise<void>;
  /** Browser host only: every save fails as on a full disk until switched off. */
  setDiskFull: (on: boolean) => Promise<void>;
  /** Kills the app with SIGKILL (a dead battery), then starts it again on the same workspace. */
  crashAndRestart: () => Promise<Page>;
  /**
   * Browser host only: what the desktop shell does when the window is closed — asks the page to
   * save every pending field and waits for its answer (see electron/main/close-guard.ts).
   */
  closeWindow: () => Promise<{ answered: boolean; saved?: boolean; reason?: string | null }>;
}

interface Running {
  page: Page;
  stop: () => Promise<void>;
  /** Ends the process at once, with no chance to finish anything. */
  kill: () => Promise<void>;
  control: (route: string, body: unknown) => Promise<unknown>;
}

export async function startBrowserHost(workspaceDir: string, newPage: () => Promise<Page>): Promise<Running> {
  // The host answers only calls carrying this run's token; the page reads it from index.html.
  const token = randomBytes(24).toString('base64url');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/e2e/host/cli.ts', '--workspace', workspaceDir, '--port', '0', '--test-routes'],
    {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CASEBOOK_HOST_TOKEN: token },
    },
  );
  const url = await readHostUrl(child);
  const page = await newPage();
  await page.goto(url);
  return {
    page,
    control: async (route, body) => {
      const response = await fetch(new URL(route, url), {
        method: 'POST',
        headers: { 'x-casebook-token': token },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`host control ${route}: ${response.status}`);
      return response.status === 204 ? undefined : ((await response.json()) as unknown);
    },
    kill: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      }
      await page.close();
    },
    stop: async () => {
      await page.close();
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(force);
    },
  };
}

function readHostUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Casebook browser host: (\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited (${code}): ${output}`)));
  });
}

async function startElectron(workspaceDir: string): Promise<Running> {
  // CASEBOOK_EXECUTABLE: a packaged app (the release workflow); otherwise the built out/ folder.
  const packaged = process.env.CASEBOOK_EXECUTABLE;
  const app: ElectronApplication = await _electron.launch({
    ...(packaged ? { executablePath: packaged, args: [] } : { args: [path.join(repo, 'out/main/index.js')] }),
    env: { ...process.env, CASEBOOK_WORKSPACE: workspaceDir },
  });
  const page = await app.firstWindow();
  // Real dialogs cannot be scripted; stub them in main for the next call only.
  const control = async (route: string, body: unknown) => {
    const method = route.endsWith('next-pick') ? 'showOpenDialog' : 'showSaveDialog';
    await app.evaluate(
      ({ dialog }, [name, answer]) => {
        const d = dialog as unknown as Record<string, unknown>;
        const original = d[name as string];
        d[name as string] = async () => {
          d[name as string] = original;
          return answer;
        };
      },
      [
        method,
        method === 'showOpenDialog'
          ? { canceled: false, filePaths: (body as { paths: string[] }).paths }
          : { canceled: (body as { path: string | null }).path === null, filePath: (body as { path: string | null }).path ?? undefined },
      ] as const,
    );
  };
  const kill = async () => {
    app.process().kill('SIGKILL');
    await app.close().catch(() => undefined);
  };
  return { page, stop: () => app.close(), kill, control };
}

/**
 * A workspace whose profile has been through the first-run welcome (with no name, as before the
 * welcome existed), so specs start on the Cases screen; `test.use({ firstRun: true })` starts on the welcome instead.
 */
const welcomedIndex = JSON.stringify({
  schemaVersion: 1,
  profile: { name: '', role: 'peer_assessor', organisation: '', language: 'en-GB', welcomed: true },
});

/** Prepares a new workspace folder to open past the first-run welcome (see welcomedIndex). */
export async function skipWelcome(workspaceDir: string): Promise<void> {
  await writeFile(path.join(workspaceDir, 'casebook.json'), welcomedIndex);
}

export const test = base.extend<{ casebook: CasebookApp; firstRun: boolean }>({
  firstRun: [false, { option: true }],
  casebook: async ({ context, firstRun }, use) => {
    const workspaceDir = await mkdtemp(path.join(os.tmpdir(), 'casebook-e2e-'));
    if (!firstRun) await skipWelcome(workspaceDir);
    const start = () =>
      process.env.E2E_TARGET === 'electron' ? startElectron(workspaceDir) : startBrowserHost(workspaceDir, () => context.newPage());
    let running = await start();
    const app: CasebookApp = {
      workspaceDir,
      page: running.page,
      restart: async (whileStopped) => {
        await running.stop();
        await whileStopped?.();
        running = await start();
        app.page = running.page;
        return running.page;
      },
      queuePick: async (paths) => void (await running.control('/__host/test/next-pick', { paths })),
      queueSave: async (path) => void (await running.control('/__host/test/next-save', { path })),
      setDiskFull: async (on) => void (await running.control('/__host/test/disk-full', { on })),
      closeWindow: async () =>
        (await running.control('/__host/test/close', {})) as { answered: boolean; saved?: boolean; reason?: string | null },
      crashAndRestart: async () => {
        await running.kill();
        running = await start();
        app.page = running.page;
        return running.page;
      },
    };
    await use(app);
    await running.stop();
    await rm(workspaceDir, { recursive: true, force: true });
  },
});

/** Axe on the current screen: no serious or critical violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

export { expect };
