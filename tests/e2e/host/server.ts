import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createServices, type Services } from '../../../electron/services';
import { WorkspaceOpener } from '../../../electron/services/workspace/opener';
import { CONTENT_SECURITY_POLICY, MIME_TYPES } from '../../../electron/main/security';
import { FlushRequests } from '../../../electron/main/flush-requests';
import { FLUSH_REQUEST } from '../../../shared/ipc/shell';
import { buildClientScript } from './client-script';
import { hostRequestAllowed } from './guard';
import { plainFileSecrets } from './plain-secrets';

const MAX_BODY = 64 * 1024 * 1024;

export interface HostOptions {
  workspaceDir: string;
  rendererDir: string;
  port?: number;
  /**
   * The secret every call must carry (x-casebook-token), new for each run. The page learns it from
   * the served index.html, which another site cannot read; a test passes its own to drive the host.
   */
  token?: string;
  /** Only the tests turn on /__host/test/* (answer dialogs, fill the disk, close the window). */
  testRoutes?: boolean;
}

/** Serves the built renderer on 127.0.0.1 and answers the IPC contract over HTTP. */
export async function startHost({
  workspaceDir,
  rendererDir,
  port = 0,
  token = randomBytes(24).toString('base64url'),
  testRoutes = false,
}: HostOptions) {
  // Native dialogs are answered from queues the tests fill (see fixtures.ts); empty = cancelled.
  const pickQueue: string[][] = [];
  const saveQueue: (string | null)[] = [];
  // A switch the tests flip to make every new file write fail as on a full disk.
  let diskFull = false;
  const fs = {
    ...nodeFs,
    open: ((file, flags, mode) => {
      if (diskFull && flags === 'wx') {
        return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
      }
      return nodeFs.open(file, flags, mode);
    }) as typeof nodeFs.open,
  };
  // CASEBOOK_HOST_NOW pins "now" (then it runs on), so a test never depends on today's date.
  const pinned = process.env.CASEBOOK_HOST_NOW ? Date.parse(process.env.CASEBOOK_HOST_NOW) - Date.now() : null;
  const clock = pinned === null ? undefined : () => new Date(Date.now() + pinned);
  // TEST HOST ONLY: region passwords in a plain file (the desktop app uses safeStorage).
  const regionSecrets = plainFileSecrets(path.join(path.dirname(workspaceDir), `${path.basename(workspaceDir)}.test-host-secrets.json`));
  const clientScript = buildClientScript();
  const streams = new Set<http.ServerResponse>();
  let unsubscribe = () => {};
  // Like the desktop app, a workspace that cannot open is shown, not fatal: the page asks
  // workspace:status. The folder picker takes the next queued pick (queuePick in fixtures.ts).
  const opener = new WorkspaceOpener({
    connect: (dir, openAnyway) =>
      createServices({
        workspaceDir: dir,
        fs,
        openAnyway,
        ...(clock ? { clock } : {}),
        shell: {
          pickFiles: async () => pickQueue.shift() ?? [],
          saveFile: async () => saveQueue.shift() ?? null,
          regionSecrets,
        },
      }),
    chooseFolder: async () => pickQueue.shift()?.[0] ?? null,
    opened: (next: Services) => {
      unsubscribe();
      unsubscribe = next.subscribe((event, payload) => {
        for (const res of streams) res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
      });
    },
    clock,
  });
  await opener.open(workspaceDir);

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });

  // The desktop shell's close path, over HTTP: ask the page to save every pending field, wait.
  const flushes = new FlushRequests();
  const CLOSE_GIVE_UP_MS = 15_000;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/__host/') && url.pathname !== '/__host/api.js') {
      const verdict = hostRequestAllowed(
        {
          host: req.headers.host,
          origin: req.headers.origin,
          token: req.headers['x-casebook-token'] ?? url.searchParams.get('token') ?? undefined,
        },
        actualPort(),
        token,
      );
      if (!verdict.ok) {
        res.writeHead(403, { 'content-type': 'text/plain' }).end(verdict.reason);
        return;
      }
      if (url.pathname.startsWith('/__host/test/') && !testRoutes) {
        res.writeHead(404).end('Not found');
        return;
      }
    }
    if (req.method === 'POST' && url.pathname === '/__host/flushed') {
      flushes.answer(JSON.parse(await readBody(req)), 'page');
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/__host/test/close') {
      // As the desktop shell does before a window closes (see electron/main/close-guard.ts).
      const { answer } = flushes.ask(
        (request) => {
          for (const stream of streams) stream.write(`event: ${FLUSH_REQUEST}\ndata: ${JSON.stringify(request)}\n\n`);
        },
        CLOSE_GIVE_UP_MS,
        'page',
      );
      const report = await answer;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ answered: report !== null, ...report }));
      return;
    }
    if (req.method === 'POST' && url.pathname.startsWith('/__host/call/')) {
      const channel = decodeURIComponent(url.pathname.slice('/__host/call/'.length));
      const body = await readBody(req);
      const input = body === '' ? undefined : (JSON.parse(body) as { input?: unknown }).input;
      const result = await opener.dispatch(channel, input);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      return;
    }
    if (req.method === 'POST' && url.pathname === '/__host/test/next-pick') {
      pickQueue.push((JSON.parse(await readBody(req)) as { paths: string[] }).paths);
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/__host/test/next-save') {
      saveQueue.push((JSON.parse(await readBody(req)) as { path: string | null }).path);
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/__host/test/disk-full') {
      diskFull = (JSON.parse(await readBody(req)) as { on: boolean }).on;
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/__host/api.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(clientScript);
      return;
    }
    if (url.pathname === '/__host/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    await serveStatic(url.pathname, res);
  }

  async function serveStatic(pathname: string, res: http.ServerResponse) {
    const relative = pathname === '/' ? '/index.html' : decodeURIComponent(pathname);
    const root = path.resolve(rendererDir);
    const file = path.resolve(root, `.${path.posix.normalize(relative)}`);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(404).end();
      return;
    }
    let body: Buffer | string;
    try {
      body = await readFile(file);
    } catch {
      res.writeHead(404).end('Not found');
      return;
    }
    if (file.endsWith('index.html')) {
      // The token sits in the page (which other sites cannot read), not in api.js (which they can load).
      const head = `<head>\n    <meta name="casebook-host-token" content="${token}">\n    <script src="/__host/api.js"></script>`;
      body = body.toString('utf8').replace('<head>', head);
    }
    res
      .writeHead(200, {
        'content-type': MIME_TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
      })
      .end(body);
  }

  const actualPort = () => (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    token,
    close: async () => {
      for (const res of streams) res.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Browsers keep idle connections open; they must not hold the shutdown up.
      server.closeAllConnections();
      await closed;
      await opener.close();
    },
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
