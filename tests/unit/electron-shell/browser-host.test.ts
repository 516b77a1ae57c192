import http from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hostRequestAllowed } from '../../e2e/host/guard';
import { startHost } from '../../e2e/host/server';
import { useTempDirs } from '../helpers/temp-dirs';

const tempDir = useTempDirs();
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

/** A real host on loopback, on a temporary workspace and a one-page renderer. */
async function host(testRoutes: boolean) {
  const renderer = await tempDir('casebook-renderer');
  await mkdir(renderer, { recursive: true });
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><html><head><title>Casebook</title></head><body></body></html>');
  const started = await startHost({ workspaceDir: await tempDir('casebook-host'), rendererDir: renderer, testRoutes });
  stops.push(started.close);
  return { ...started, port: Number(new URL(started.url).port) };
}

/** A raw request, so the test can send any Host and Origin (fetch would not let it). */
function request(
  port: number,
  pathname: string,
  headers: Record<string, string>,
  method = 'POST',
  body = '{}',
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathname, method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? body : undefined);
  });
}

describe('the browser test host answers only its own page', () => {
  it('checks Host, Origin and the per-run token on every call', async () => {
    const { port, token } = await host(false);
    const own = { host: `127.0.0.1:${port}`, 'x-casebook-token': token, 'content-type': 'application/json' };
    const call = (headers: Record<string, string>) => request(port, '/__host/call/workspace:info', headers);
    expect((await call(own)).status).toBe(200);
    expect((await call({ ...own, origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    expect((await call({ ...own, host: `localhost:${port}`, origin: `http://localhost:${port}` })).status).toBe(200);
    const refused = [
      { ...own, 'x-casebook-token': '' },
      // One character changed (never the same one: a token ending in x once made this case pass).
      { ...own, 'x-casebook-token': `${token.slice(0, -1)}${token.endsWith('x') ? 'y' : 'x'}` },
      { host: own.host, 'content-type': 'application/json' },
      { ...own, origin: 'https://evil.example' },
      { ...own, origin: 'null' },
      { ...own, host: `evil.example:${port}` },
      { ...own, host: `127.0.0.1:${port + 1}` },
    ];
    for (const headers of refused) expect([headers, (await call(headers)).status]).toEqual([headers, 403]);
    // The event stream carries the token in its URL (EventSource cannot send headers).
    const events = await new Promise<number>((resolve) => {
      http.get({ host: '127.0.0.1', port, path: '/__host/events', headers: { host: own.host } }, (res) => {
        resolve(res.statusCode ?? 0);
        res.destroy();
      });
    });
    expect(events).toBe(403);
  });

  it('puts the token in the page, never in the script another site could load', async () => {
    const { port, token } = await host(false);
    const page = await request(port, '/', { host: `127.0.0.1:${port}` }, 'GET');
    expect(page.text).toContain(`<meta name="casebook-host-token" content="${token}">`);
    const script = await request(port, '/__host/api.js', { host: `127.0.0.1:${port}` }, 'GET');
    expect(script.status).toBe(200);
    expect(script.text).not.toContain(token);
  });

  it('has test routes only when the tests start it', async () => {
    const plain = await host(false);
    const headers = (p: { port: number; token: string }) => ({ host: `127.0.0.1:${p.port}`, 'x-casebook-token': p.token });
    for (const route of ['next-pick', 'next-save', 'disk-full', 'close']) {
      expect((await request(plain.port, `/__host/test/${route}`, headers(plain), 'POST', '{"paths":["/etc/passwd"]}')).status).toBe(404);
    }
    const forTests = await host(true);
    expect((await request(forTests.port, '/__host/test/next-pick', headers(forTests), 'POST', '{"paths":["/tmp/x"]}')).status).toBe(204);
    // Even then, only with the token.
    expect(
      (await request(forTests.port, '/__host/test/next-pick', { host: `127.0.0.1:${forTests.port}` }, 'POST', '{"paths":["/tmp/x"]}'))
        .status,
    ).toBe(403);
  });
});

describe('hostRequestAllowed', () => {
  it('needs a loopback Host on its port, its own Origin if any, and the exact token', () => {
    const ok = { host: '127.0.0.1:5180', origin: undefined, token: 't0ken' };
    expect(hostRequestAllowed(ok, 5180, 't0ken')).toEqual({ ok: true });
    expect(hostRequestAllowed({ ...ok, host: undefined }, 5180, 't0ken').ok).toBe(false);
    expect(hostRequestAllowed({ ...ok, token: ['t0ken'] }, 5180, 't0ken').ok).toBe(false);
    expect(hostRequestAllowed({ ...ok, token: 't0ke' }, 5180, 't0ken').ok).toBe(false);
    expect(hostRequestAllowed({ ...ok, origin: 'http://127.0.0.1:5181' }, 5180, 't0ken').ok).toBe(false);
  });
});
