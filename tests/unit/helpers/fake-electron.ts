import { EventEmitter } from 'node:events';

/**
 * A small stand-in for the `electron` module, enough to run electron/main and electron/preload
 * in vitest (the Electron binary cannot be downloaded here). It records what the code asked
 * for and lets a test play Electron's part: fire app events, answer dialogs, invoke IPC.
 *
 * Use: vi.mock('electron', () => import('./helpers/fake-electron').then((m) => m.electronModule));
 * then `fake()` in a test gives the current state; `resetFakeElectron()` starts afresh.
 */

/** An event object whose preventDefault is observable. */
export function fakeEvent() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

type PermissionRequest = (
  wc: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
type PermissionCheck = (wc: unknown, permission: string, requestingOrigin: string) => boolean;

class FakeSession {
  spellCheckerEnabled = true;
  setSpellCheckerEnabled(enabled: boolean) {
    this.spellCheckerEnabled = enabled;
  }
  permissionRequest: PermissionRequest | null = null;
  permissionCheck: PermissionCheck | null = null;
  setPermissionRequestHandler(handler: PermissionRequest) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheck) {
    this.permissionCheck = handler;
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

/** How the fake page answers main's "save everything before closing" (see close-guard.ts). */
export type FlushBehaviour = { saved: boolean; reason: string | null } | 'silent' | 'manual';

export class FakeWebContents extends EventEmitter {
  readonly session = new FakeSession();
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  windowOpenHandler: WindowOpenHandler | null = null;
  destroyed = false;
  crashed = false;
  /** Like a page with nothing pending: every flush request is answered "saved" at once. */
  flushBehaviour: FlushBehaviour = { saved: true, reason: null };
  /** Flush requests the page has not answered yet (flushBehaviour 'manual'). */
  readonly flushRequests: string[] = [];
  constructor(private readonly answer: (sender: FakeWebContents, channel: string, payload: unknown) => void) {
    super();
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
    if (channel !== 'shell:flush') return;
    const { requestId } = payload as { requestId: string };
    const behaviour = this.flushBehaviour;
    if (behaviour === 'manual') this.flushRequests.push(requestId);
    else if (behaviour !== 'silent') queueMicrotask(() => this.reply(requestId, behaviour));
  }
  /** The page answers a flush request, as the preload does once its fields are saved. */
  reply(requestId: string, report: { saved: boolean; reason: string | null }) {
    this.answer(this, 'shell:flushed', { requestId, ...report });
  }
  isDestroyed = () => this.destroyed;
  isCrashed = () => this.crashed;
  setWindowOpenHandler(handler: WindowOpenHandler) {
    this.windowOpenHandler = handler;
  }
}

function createState() {
  let readyNow = false;
  const app = Object.assign(new EventEmitter(), {
    isReady: () => readyNow,
    isPackaged: false,
    hasLock: true,
    quitCalls: 0,
    exitCode: null as number | null,
    paths: {} as Record<string, string>,
    aboutOptions: null as unknown,
    aboutShown: 0,
    onQuit: () => undefined as void,
    readyResolve: (() => undefined) as () => void,
    ready: null as unknown as Promise<void>,
    requestSingleInstanceLock() {
      return app.hasLock;
    },
    whenReady() {
      return app.ready;
    },
    quit() {
      app.quitCalls += 1;
      app.onQuit();
      // Like Electron: quitting asks first; a handler may hold it back with preventDefault.
      app.emit('before-quit', fakeEvent());
    },
    exit(code: number) {
      app.exitCode = code;
    },
    getPath(name: string) {
      const found = app.paths[name];
      if (!found) throw new Error(`fake electron: no path for ${name}`);
      return found;
    },
    getVersion: () => '0.1.0',
    /** What the operating system says about its languages (set per test). */
    systemLanguages: ['en-GB'] as string[],
    locale: 'en-GB',
    getPreferredSystemLanguages: () => [...app.systemLanguages],
    getLocale: () => app.locale,
    setAboutPanelOptions(options: unknown) {
      app.aboutOptions = options;
    },
    showAboutPanel() {
      app.aboutShown += 1;
    },
  });
  app.ready = new Promise<void>((resolve) => (app.readyResolve = resolve));
  void app.ready.then(() => (readyNow = true));

  const windows: FakeBrowserWindow[] = [];
  const mainListeners = new Map<string, Array<(event: unknown, payload: unknown) => void>>();
  const toMain = (sender: FakeWebContents, channel: string, payload: unknown) => {
    for (const listener of mainListeners.get(channel) ?? []) listener({ sender }, payload);
  };
  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents(toMain);
    destroyed = false;
    loadedUrl: string | null = null;
    minimized = false;
    focused = 0;
    shown = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isMinimized = () => this.minimized;
    restore = () => void (this.minimized = false);
    focus = () => void (this.focused += 1);
    show = () => void (this.shown = true);
    isDestroyed = () => this.destroyed;
    getBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
    /** Like Electron: 'close' first, which a handler may prevent; then the window goes. */
    close() {
      if (this.destroyed) return;
      const event = fakeEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroyed = true;
      this.webContents.destroyed = true;
      windows.splice(windows.indexOf(this), 1);
      this.emit('closed');
      this.webContents.emit('destroyed');
    }
  }

  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const dialogAnswers: unknown[] = [];
  const dialogCalls: Array<{ kind: string; options: Record<string, unknown> }> = [];
  const nextAnswer = (kind: string, args: unknown[]) => {
    const options = (args.length > 1 ? args[1] : args[0]) as Record<string, unknown>;
    dialogCalls.push({ kind, options });
    const signal = options.signal as AbortSignal | undefined;
    // Like Electron: an aborted message box closes as if cancelled. 'wait' leaves it open until then.
    if (signal && dialogAnswers[0] === 'wait') {
      dialogAnswers.shift();
      return new Promise((resolve) => signal.addEventListener('abort', () => resolve({ response: options.cancelId ?? 0 })));
    }
    if (dialogAnswers.length === 0) throw new Error(`fake electron: no answer queued for ${kind}`);
    return Promise.resolve(dialogAnswers.shift());
  };
  const rendererListeners = new Map<string, Set<(...args: unknown[]) => void>>();

  return {
    app,
    windows,
    BrowserWindow: FakeBrowserWindow,
    mainListeners,
    ipcMain: {
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        mainListeners.set(channel, [...(mainListeners.get(channel) ?? []), listener]);
      },
      handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) => {
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        handlers.set(channel, handler);
      },
    },
    handlers,
    protocol: {
      privileged: [] as unknown[],
      registerSchemesAsPrivileged(schemes: unknown[]) {
        this.privileged.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void protocolHandlers.set(scheme, handler),
    },
    protocolHandlers,
    session: { defaultSession: new FakeSession() },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workAreaSize: { width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workAreaSize: { width: 1920, height: 1080 } }],
      getDisplayMatching: () => ({ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }),
    },
    dialogAnswers,
    dialogCalls,
    errorBoxes: [] as Array<{ title: string; content: string }>,
    dialog: {
      showOpenDialog: (...args: unknown[]) => nextAnswer('open', args),
      showSaveDialog: (...args: unknown[]) => nextAnswer('save', args),
      showMessageBox: (...args: unknown[]) => nextAnswer('message', args),
      showErrorBox: (title: string, content: string) => void current.errorBoxes.push({ title, content }),
    },
    menu: null as null | { template: unknown[] },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] } | null) => void (current.menu = menu),
    },
    opened: { external: [] as string[], paths: [] as string[] },
    shell: {
      openExternal: (url: string) => {
        current.opened.external.push(url);
        return Promise.resolve();
      },
      openPath: (file: string) => {
        current.opened.paths.push(file);
        return Promise.resolve('');
      },
    },
    exposed: {} as Record<string, unknown>,
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void (current.exposed[key] = value) },
    invoked: [] as Array<{ channel: string; input: unknown }>,
    /** What the preload sent to main with ipcRenderer.send (fire and forget). */
    sentToMain: [] as Array<{ channel: string; payload: unknown }>,
    rendererListeners,
    ipcRenderer: {
      send: (channel: string, payload: unknown) => void current.sentToMain.push({ channel, payload }),
      invoke: (channel: string, input: unknown) => {
        current.invoked.push({ channel, input });
        return Promise.resolve({ ok: true, data: channel });
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        if (!rendererListeners.has(channel)) rendererListeners.set(channel, new Set());
        rendererListeners.get(channel)?.add(listener);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        rendererListeners.get(channel)?.delete(listener);
      },
    },
  };
}

export type FakeElectron = ReturnType<typeof createState>;
let current: FakeElectron = createState();

export const fake = (): FakeElectron => current;
export function resetFakeElectron(): FakeElectron {
  current = createState();
  return current;
}

/** The module the code under test imports; each name reads the current fake at call time. */
export const electronModule = {
  get app() {
    return current.app;
  },
  get BrowserWindow() {
    return current.BrowserWindow;
  },
  get ipcMain() {
    return current.ipcMain;
  },
  get protocol() {
    return current.protocol;
  },
  get session() {
    return current.session;
  },
  get screen() {
    return current.screen;
  },
  get dialog() {
    return current.dialog;
  },
  get Menu() {
    return current.Menu;
  },
  get shell() {
    return current.shell;
  },
  /** No secure storage in the fake: region passwords stay in memory for the session. */
  get safeStorage() {
    return { isEncryptionAvailable: () => false, encryptString: (s: string) => Buffer.from(s), decryptString: (b: Buffer) => b.toString() };
  },
  get contextBridge() {
    return current.contextBridge;
  },
  get ipcRenderer() {
    return current.ipcRenderer;
  },
};

/** Electron sets process.resourcesPath (read-only in its types) to the installer's resources folder. */
export function setResourcesPath(dir: string): void {
  Object.defineProperty(process, 'resourcesPath', { value: dir, configurable: true, writable: true });
}
