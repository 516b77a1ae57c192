import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startHost } from './server';

/**
 * `npm run host:browser -- --workspace DIR [--port N]`: try the real UI in any browser. The
 * tests add `--test-routes` (scripted dialogs, a full disk, closing the window) and pass their
 * per-run token in CASEBOOK_HOST_TOKEN; otherwise the token is new and random for each run.
 */
const { values } = parseArgs({
  options: {
    workspace: { type: 'string' },
    'test-routes': { type: 'boolean', default: false },
    port: { type: 'string', default: '5180' },
    renderer: { type: 'string', default: path.resolve(import.meta.dirname, '../../../out/renderer') },
  },
});

const workspaceDir = values.workspace ? path.resolve(values.workspace) : await mkdtemp(path.join(os.tmpdir(), 'casebook-workspace-'));

try {
  const host = await startHost({
    workspaceDir,
    rendererDir: values.renderer,
    port: Number(values.port),
    testRoutes: values['test-routes'],
    ...(process.env.CASEBOOK_HOST_TOKEN ? { token: process.env.CASEBOOK_HOST_TOKEN } : {}),
  });
  console.log(`Casebook browser host: ${host.url} (workspace ${workspaceDir})`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
