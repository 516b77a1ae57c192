import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { metaContentSecurityPolicy } from './electron/main/security';

const root = import.meta.dirname;

/**
 * Writes the renderer's CSP <meta> from the one policy in security.ts: the strict policy in a
 * build, and in `npm run dev` the same policy plus the dev server (scripts and hot-reload socket).
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'casebook-csp',
    transformIndexHtml(html, ctx) {
      const devServer = ctx.server ? (ctx.server.resolvedUrls?.local[0] ?? 'http://localhost:5173/') : undefined;
      const policy = metaContentSecurityPolicy(devServer);
      const replaced = html.replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/, `$1${policy}$2`);
      if (replaced === html && !html.includes(policy)) throw new Error('index.html has no Content-Security-Policy meta tag');
      return replaced;
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The worker pool's tasks build to their own file beside index.js (see services/workers/pool.ts).
      rollupOptions: {
        input: { index: resolve(root, 'electron/main/index.ts'), 'verify-worker': resolve(root, 'electron/services/workers/tasks.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages, so zod is bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the window has a third less
      // JavaScript to parse before its first paint (tests/bench/bundle.ts measures it).
      minify: true,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
