/**
 * Child process for the lock test: opens a workspace (taking its lock), prints `READY <pid>`,
 * then holds it until its stdin closes, when it closes the workspace cleanly and exits.
 *
 * Usage: node hold-workspace.mjs <workspaceDir>
 */
import { createServices } from '../../../electron/services/index';

const workspaceDir = process.argv[2];
if (!workspaceDir) throw new Error('usage: hold-workspace <workspaceDir>');

const services = await createServices({ workspaceDir });
process.stdout.write(`READY ${process.pid}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void services.close().then(() => process.exit(0));
});
