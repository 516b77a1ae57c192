/**
 * Child process for the kill -9 test: saves organisations `org-<n>` one after another, forever,
 * and prints `ACK <n>` only after the save promise resolved, i.e. once Casebook has told its
 * caller "saved". The parent kills it at a random moment and checks every ACK is on disk.
 *
 * Usage: node save-loop.mjs <workspaceDir>
 */
import { dispatch } from '../../../electron/services/dispatch';
import { createServices } from '../../../electron/services/index';

const workspaceDir = process.argv[2];
if (!workspaceDir) throw new Error('usage: save-loop <workspaceDir>');

function fail(what: string, detail: unknown): never {
  process.stderr.write(`${what}: ${JSON.stringify(detail)}\n`);
  process.exit(2);
}

const services = await createServices({ workspaceDir });
const listed = await dispatch(services.handlers, 'organisations:list', undefined);
if (!listed.ok) fail('list failed', listed);
// Continue after whatever is on disk, including a save the previous child made but never acknowledged.
let n = (listed.data as unknown[]).length;

for (;;) {
  n += 1;
  const created = await dispatch(services.handlers, 'organisations:create', {
    name: `org-${n}`,
    type: 'other',
    region: 'London',
  });
  if (!created.ok) fail(`create org-${n} failed`, created.error);
  // stdout to a pipe is synchronous on Linux: once this returns the parent can read the ACK.
  process.stdout.write(`ACK ${n}\n`);
}
