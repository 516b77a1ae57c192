import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { audienceChannels, AUDIENCE_ROLE_ARG } from '../../../shared/ipc/audience';
import { channels, contract } from '../../../shared/ipc/contract';
import { FLUSH_REQUEST } from '../../../shared/ipc/shell';
import { fakeEvent, resetFakeElectron, setResourcesPath, type FakeElectron } from '../helpers/fake-electron';
import { useTempDirs } from '../helpers/temp-dirs';

vi.mock('electron', () => import('../helpers/fake-electron').then((m) => m.electronModule));

const { runApp } = await import('../../../electron/main/app');
const { openAudienceWindow } = await import('../../../electron/main/audience-window');
const { createServices } = await import('../../../electron/services');

const tempDir = useTempDirs();
let electron: FakeElectron;
let root: string;
let env: NodeJS.ProcessEnv;

/** A fake install: out/main, out/renderer (one page and one script) and a README beside them. */
async function layout() {
  root = await tempDir('casebook-shell');
  await mkdir(path.join(root, 'out/main'), { recursive: true });
  await mkdir(path.join(root, 'out/renderer/assets'), { recursive: true });
  await writeFile(path.join(root, 'out/renderer/index.html'), '<!doctype html><title>Casebook</title>');
  await writeFile(path.join(root, 'out/renderer/assets/app.js'), 'console.log(1)');
  await writeFile(path.join(root, 'secret.txt'), 'outside the renderer');
  // Electron creates userData before ready.
  await mkdir(path.join(root, 'user-data'));
  electron.app.paths = { userData: path.join(root, 'user-data'), documents: path.join(root, 'documents') };
  env = { CASEBOOK_WORKSPACE: path.join(root, 'workspace') };
  // Electron sets this in a packaged app; the installer's resources folder.
  setResourcesPath(path.join(root, 'installed-resources'));
}

/** Starts the app and waits until its window exists (the app's `start` has run). */
async function started(options: { packaged?: boolean; devUrl?: string } = {}) {
  electron.app.isPackaged = options.packaged ?? false;
  if (options.devUrl) env.ELECTRON_RENDERER_URL = options.devUrl;
  runApp({ mainDir: path.join(root, 'out/main'), env });
  electron.app.readyResolve();
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
  return electron.windows[0];
}

const ipc = (channel: string, frame: { url: string; parent: unknown } | null, input?: unknown, sender?: unknown) => {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ senderFrame: frame, sender }, input) as Promise<{ ok: boolean; error?: { code: string }; data?: unknown }>;
};

beforeEach(async () => {
  electron = resetFakeElectron();
  await layout();
});

afterEach(async () => {
  // Quit every test's app so its workspace lock is released before the folder is removed.
  electron.app.quit();
  await vi.waitFor(() => expect(existsSync(path.join(root, 'workspace/.lock'))).toBe(false));
});

describe('the packaged app', () => {
  it('opens one secure window on app:// without DevTools, and sets where the fonts are', async () => {
    const window = await started({ packaged: true, devUrl: 'http://localhost:5173/' });
    expect(window.loadedUrl).toBe('app://casebook/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools: false,
      preload: path.join(root, 'out/preload/index.cjs'),
    });
    expect(env.CASEBOOK_RESOURCES).toBe(process.resourcesPath);
    // A packaged app ignores ELECTRON_RENDERER_URL: the dev server is never trusted.
    expect((await ipc('workspace:info', { url: 'http://localhost:5173/', parent: null })).error?.code).toBe('forbidden');
  });

  it('registers one handler per contract channel, each refusing foreign and child frames', async () => {
    await started({ packaged: true });
    expect([...electron.handlers.keys()].sort()).toEqual([...channels].sort());
    for (const channel of channels) {
      expect((await ipc(channel, { url: 'https://evil.example/', parent: null })).error?.code).toBe('forbidden');
      expect((await ipc(channel, { url: 'app://casebook/index.html', parent: {} })).error?.code).toBe('forbidden');
      expect((await ipc(channel, null)).error?.code).toBe('forbidden');
    }
    const info = await ipc('workspace:info', { url: 'app://casebook/index.html#/cases', parent: null });
    expect(info).toMatchObject({ ok: true, data: { dir: env.CASEBOOK_WORKSPACE } });
    expect((await ipc('organisations:create', { url: 'app://casebook/index.html', parent: null }, { nope: 1 })).error?.code).toBe(
      'invalid_input',
    );
  });

  it('serves only the renderer folder over app://, GET only, with the CSP', async () => {
    await started({ packaged: true });
    const serve = electron.protocolHandlers.get('app');
    if (!serve) throw new Error('app:// not served');
    expect(electron.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const page = await serve(new Request('app://casebook/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Casebook</title>');
    expect((await serve(new Request('app://casebook/assets/app.js'))).headers.get('content-type')).toBe('text/javascript');
    expect((await serve(new Request('app://casebook/missing.js'))).status).toBe(404);
    expect((await serve(new Request('app://casebook/%2e%2e/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await serve(new Request('app://casebook/..%2f..%2fsecret.txt'))).status).toBe(404);
    const post = await serve(new Request('app://casebook/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
  });

  it('guards navigation, new windows, webviews and permissions on every web contents', async () => {
    const { webContents } = await started({ packaged: true });
    const navigate = (name: string, url: string) => {
      const event = fakeEvent();
      webContents.emit(name, event, url);
      return event.defaultPrevented;
    };
    for (const name of ['will-navigate', 'will-redirect']) {
      expect(navigate(name, 'app://casebook/index.html#/cases')).toBe(false);
      expect(navigate(name, 'https://evil.example/')).toBe(true);
      expect(navigate(name, 'file:///etc/passwd')).toBe(true);
      expect(navigate(name, 'http://localhost:5173/')).toBe(true);
    }
    expect(navigate('will-attach-webview', 'app://casebook/')).toBe(true);
    expect(webContents.windowOpenHandler?.({ url: 'https://www.gov.uk/guidance' })).toEqual({ action: 'deny' });
    expect(webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(webContents.windowOpenHandler?.({ url: 'file:///bin/sh' })).toEqual({ action: 'deny' });
    expect(electron.opened.external).toEqual(['https://www.gov.uk/guidance']);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications']) {
      webContents.session.permissionRequest?.(webContents, permission, (granted) => answers.push(granted), {
        requestingUrl: 'app://casebook/index.html',
      });
      answers.push(webContents.session.permissionCheck?.(webContents, permission, 'app://casebook') ?? true);
    }
    expect(answers).toEqual([false, false, false, false, false, false]);
    // Live mode's Full screen: granted to the app's own page, and to nothing else.
    const fullscreen: boolean[] = [];
    const requests = [
      ['app://casebook/index.html#/workshops/w1/live', 'app://casebook'],
      ['https://evil.example/', 'https://evil.example'],
      ['http://localhost:5173/', 'http://localhost:5173'],
    ];
    for (const [requestingUrl, origin] of requests) {
      webContents.session.permissionRequest?.(webContents, 'fullscreen', (granted) => fullscreen.push(granted), { requestingUrl });
      fullscreen.push(webContents.session.permissionCheck?.(webContents, 'fullscreen', origin) ?? false);
    }
    expect(fullscreen).toEqual([true, true, false, false, false, false]);
  });

  it('spellchecks with the OS checker on macOS only, and turns the downloading checker off elsewhere', async () => {
    const window = await started({ packaged: true });
    const mac = process.platform === 'darwin';
    expect(window.options.webPreferences).toMatchObject({ spellcheck: mac });
    expect(electron.session.defaultSession.spellCheckerEnabled).toBe(mac);
  });

  it('shows the window when it is ready, and a second instance brings it forward', async () => {
    const window = await started({ packaged: true });
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
    window.minimized = true;
    electron.app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(1);
    const closed = new Promise((resolve) => window.once('closed', resolve));
    window.close();
    await closed;
    electron.app.emit('second-instance');
    expect(window.focused).toBe(1);
  });
});

describe('development', () => {
  it('loads the dev server with DevTools, and trusts it for IPC and navigation', async () => {
    const window = await started({ devUrl: 'http://localhost:5173/' });
    expect(window.loadedUrl).toBe('http://localhost:5173/');
    expect(window.options.webPreferences).toMatchObject({ devTools: true, sandbox: true, contextIsolation: true });
    expect((await ipc('workspace:info', { url: 'http://localhost:5173/#/cases', parent: null })).ok).toBe(true);
    expect(env.CASEBOOK_RESOURCES).toBe(path.join(root, 'resources'));
    const event = fakeEvent();
    window.webContents.emit('will-navigate', event, 'http://localhost:5173/index.html');
    expect(event.defaultPrevented).toBe(false);
  });

  it('refuses a dev server URL that is not local http', async () => {
    const window = await started({ devUrl: 'https://example.com/' });
    expect(window.loadedUrl).toBe('app://casebook/index.html');
  });
});

describe('single instance and quitting', () => {
  it('a second copy quits without opening a window or the workspace', async () => {
    electron.app.hasLock = false;
    runApp({ mainDir: path.join(root, 'out/main'), env });
    electron.app.readyResolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(electron.app.quitCalls).toBe(1);
    expect(electron.windows).toHaveLength(0);
    expect(existsSync(path.join(root, 'workspace'))).toBe(false);
  });

  it('quit waits for the workspace to close before the app goes', async () => {
    await started({ packaged: true });
    const lock = path.join(root, 'workspace/.lock');
    expect(existsSync(lock)).toBe(true);
    const lockAtQuit: boolean[] = [];
    electron.app.onQuit = () => void lockAtQuit.push(existsSync(lock));
    const first = fakeEvent();
    electron.app.emit('before-quit', first);
    expect(first.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(lockAtQuit).toEqual([false]));
    // Once closed, quitting is no longer held back.
    const again = fakeEvent();
    electron.app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(false);
  });

  it('closing the last window quits the app', async () => {
    const window = await started({ packaged: true });
    const closed = new Promise((resolve) => window.once('closed', resolve));
    window.close();
    await closed;
    electron.app.emit('window-all-closed');
    await vi.waitFor(() => expect(existsSync(path.join(root, 'workspace/.lock'))).toBe(false));
    expect(electron.app.quitCalls).toBeGreaterThan(0);
  });

  it('a workspace open elsewhere opens the window on the screen that says so, instead of exiting', async () => {
    const other = await createServices({ workspaceDir: env.CASEBOOK_WORKSPACE as string });
    try {
      await started({ packaged: true });
      expect(electron.app.exitCode).toBeNull();
      expect(electron.errorBoxes).toHaveLength(0);
      const frame = { url: 'app://casebook/index.html', parent: null };
      const status = (await ipc('workspace:status', frame)).data as {
        state: string;
        reason: string;
        holder: { pid: number } | null;
        canOpenAnyway: boolean;
      };
      expect(status).toMatchObject({ state: 'failed', reason: 'locked', holder: { pid: process.pid }, canOpenAnyway: false });
      // Nothing else answers until the workspace opens: the screen is the way forward.
      expect((await ipc('cases:list', frame)).error?.code).toBe('workspace_locked');
      await other.close();
      expect((await ipc('workspace:retry', frame)).ok).toBe(true);
      expect((await ipc('workspace:status', frame)).data).toMatchObject({ state: 'open' });
      expect((await ipc('cases:list', frame)).ok).toBe(true);
    } finally {
      await other.close().catch(() => undefined);
    }
  });
});

describe('the projector window', () => {
  it('is given only the reads it shows, and main refuses it every other channel', async () => {
    const consoleWindow = await started({ packaged: true });
    const base = { preloadDir: path.join(root, 'out/preload'), entryUrl: 'app://casebook/index.html', devTools: false };
    expect(openAudienceWindow(base, 'w1', consoleWindow as unknown as Electron.BrowserWindow)).toBe(true);
    const projector = electron.windows[1];
    expect((projector.options.webPreferences as { additionalArguments?: string[] }).additionalArguments).toEqual([AUDIENCE_ROLE_ARG]);
    expect((consoleWindow.options.webPreferences as { additionalArguments?: string[] }).additionalArguments).toBeUndefined();
    expect(audienceChannels.every((channel) => !contract[channel].mutation)).toBe(true);
    const frame = { url: 'app://casebook/index.html#/workshops/w1/audience', parent: null };
    for (const channel of channels) {
      const answer = await ipc(channel, frame, undefined, projector.webContents);
      expect([channel, answer.error?.code === 'forbidden']).toEqual([channel, !(audienceChannels as readonly string[]).includes(channel)]);
    }
    expect((await ipc('workshops:get', frame, { id: 'w1' }, projector.webContents)).error?.code).toBe('not_found');
    // The console window keeps every channel.
    expect((await ipc('cases:list', { url: 'app://casebook/index.html', parent: null }, undefined, consoleWindow.webContents)).ok).toBe(
      true,
    );
  });
});

describe('closing and quitting save what was typed', () => {
  it('quitting asks the window to save its pending fields before the workspace lock is released', async () => {
    const window = await started({ packaged: true });
    window.webContents.flushBehaviour = 'manual';
    const lock = path.join(root, 'workspace/.lock');
    electron.app.emit('before-quit', fakeEvent());
    await vi.waitFor(() => expect(window.webContents.flushRequests).toHaveLength(1));
    expect(window.webContents.sent.filter((m) => m.channel === FLUSH_REQUEST)).toHaveLength(1);
    // Still saving: the workspace stays open for those saves.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(lock)).toBe(true);
    expect(electron.app.quitCalls).toBe(0);
    window.webContents.reply(window.webContents.flushRequests[0], { saved: true, reason: null });
    await vi.waitFor(() => expect(existsSync(lock)).toBe(false));
    expect(electron.app.quitCalls).toBe(1);
  });
});

describe('the application menu', () => {
  type Item = { label?: string; role?: string; click?: () => void; submenu?: Item[] };
  const item = (label: string): Item => {
    const walk = (items: Item[]): Item | undefined =>
      items.flatMap((i) => [i, ...(i.submenu ? [walk(i.submenu)] : [])]).find((i) => i?.label === label);
    const found = walk((electron.menu?.template ?? []) as Item[]);
    if (!found?.click) throw new Error(`menu item ${label} not found`);
    return found;
  };

  it('File → Choose workspace folder switches the workspace and tells the window', async () => {
    const window = await started({ packaged: true });
    const next = path.join(root, 'second-workspace');
    electron.dialogAnswers.push({ canceled: false, filePaths: [next] });
    item('Choose workspace folder…').click?.();
    await vi.waitFor(() => expect(window.webContents.sent).toContainEqual({ channel: 'workspace:changed', payload: { dir: next } }));
    expect(existsSync(path.join(root, 'workspace/.lock'))).toBe(false);
    expect(existsSync(path.join(next, '.lock'))).toBe(true);
    const config = JSON.parse(await readFile(path.join(root, 'user-data/casebook-config.json'), 'utf8'));
    // The language is remembered too (the profile's, from the first open).
    expect(config).toEqual({ language: 'en-GB', workspaceDir: next });
    expect((await ipc('workspace:info', { url: 'app://casebook/', parent: null })).data).toMatchObject({ dir: next });
    electron.app.quit();
    await vi.waitFor(() => expect(existsSync(path.join(next, '.lock'))).toBe(false));
  });

  it('Help → About and the guide', async () => {
    await started();
    item('About Casebook').click?.();
    expect(electron.app.aboutShown).toBe(1);
    expect(electron.app.aboutOptions).toMatchObject({ applicationName: 'Casebook', applicationVersion: '0.1.0' });
    item('Casebook guide (README)').click?.();
    expect(electron.errorBoxes[0]?.content).toContain(path.join(root, 'README.md'));
    await writeFile(path.join(root, 'README.md'), '# Casebook');
    item('Casebook guide (README)').click?.();
    expect(electron.opened.paths).toEqual([path.join(root, 'README.md')]);
  });

  it('Help → Check for updates in a copy run from source says so and downloads nothing', async () => {
    await started();
    electron.dialogAnswers.push({ response: 0 });
    item('Check for updates…').click?.();
    await vi.waitFor(() => expect(electron.dialogCalls.at(-1)?.options.message).toMatch(/only in an installed copy/));
  });
});
