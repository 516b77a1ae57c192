import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createServer, type InlineConfig, type ViteDevServer } from 'vite';
import electronViteConfig from '../../electron.vite.config';

/**
 * `npm run dev` is electron-vite's dev server for the renderer plus Electron pointed at it
 * through ELECTRON_RENDERER_URL. Electron cannot run here, so this starts the same renderer
 * server from electron.vite.config.ts and checks, in Chromium, that the page's CSP lets hot
 * reload work: the Vite client connects and a changed module is hot-updated, with no CSP error.
 */
test.skip(process.env.E2E_TARGET === 'electron', 'the dev server is exercised in Chromium');

let server: ViteDevServer;

test.beforeAll(async () => {
  const { renderer } = electronViteConfig as { renderer: InlineConfig };
  server = await createServer({ ...renderer, configFile: false, server: { port: 0, strictPort: false, host: '127.0.0.1' } });
  await server.listen();
});

test.afterAll(async () => {
  await server?.close();
});

test('the dev server serves the renderer with its dev CSP, and hot reload works under it', async ({ page }) => {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('dev server has no URL');
  const origin = new URL(url).origin;
  const cspErrors: string[] = [];
  const logs: string[] = [];
  page.on('console', (message) => {
    logs.push(message.text());
    if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain(`script-src 'self' 'unsafe-inline' ${origin}`);
  expect(csp).toContain(`ws://${new URL(url).host}`);
  await expect.poll(() => logs.some((text) => text.includes('[vite] connected'))).toBe(true);
  // A changed stylesheet reaches the open page as a hot update over the websocket, not a reload.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  server.watcher.emit('change', path.join(server.config.root, 'src/app/global.css'));
  await expect.poll(() => logs.some((text) => text.includes('[vite] hot updated: /src/app/global.css'))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  expect(cspErrors).toEqual([]);
  // React Refresh's inline preamble ran (plugin-react throws "can't detect preamble" when blocked).
  expect(logs.filter((text) => text.includes('preamble'))).toEqual([]);
});
