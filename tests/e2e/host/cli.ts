import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startHost } from './server';

/** `npm run host:browser -- --workspace DIR [--port N]`: try the real UI in any browser. */
const { values } = parseArgs({
  options: {
    workspace: { type: 'string' },
    port: { type: 'string', default: '5180' },
    renderer: { type: 'string', default: path.resolve(import.meta.dirname, '../../../out/renderer') },
  },
});

const workspaceDir = values.workspace
  ? path.resolve(values.workspace)
  : await mkdtemp(path.join(os.tmpdir(), 'casebook-workspace-'));

try {
  const host = await startHost({ workspaceDir, rendererDir: values.renderer, port: Number(values.port) });
  console.log(`Casebook browser host: ${host.url} (workspace ${workspaceDir})`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
