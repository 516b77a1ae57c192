/**
 * Child for the write-ahead log test: creates a case, then autosaves a text field COUNT times,
 * printing `ACK <i> <revision>` once each save resolved, then `DONE` and waits to be killed.
 * The case file is never rewritten meanwhile (the pause before a snapshot is an hour).
 *
 * Usage: node autosave-child.mjs <workspaceDir> <count>
 */
import { dispatch } from '../../../electron/services/dispatch';
import { createServices } from '../../../electron/services/index';

const [workspaceDir, countText] = process.argv.slice(2);
const services = await createServices({ workspaceDir, checkpointIdleMs: 3_600_000 });
async function call(channel: string, input?: unknown): Promise<Record<string, unknown>> {
  const result = await dispatch(services.handlers, channel, input);
  if (!result.ok) {
    process.stderr.write(`${channel}: ${result.error.message}\n`);
    process.exit(2);
  }
  return result.data as Record<string, unknown>;
}
await call('organisations:create', { name: 'Log Test Council', type: 'local_authority', region: 'London' });
const [org] = (await call('organisations:list')) as unknown as { id: string }[];
const created = await call('cases:create', { organisationId: org.id });
process.stdout.write(`READY ${created.id as string}\n`);
for (let i = 1; i <= Number(countText); i++) {
  const saved = await call('cases:updateActionPlan', { caseId: created.id, patch: { analysisOfNeed: `typed ${i}` } });
  process.stdout.write(`ACK ${i} ${saved.revision as number}\n`);
}
process.stdout.write('DONE\n');
setInterval(() => undefined, 60_000);
