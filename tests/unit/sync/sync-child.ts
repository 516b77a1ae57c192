/**
 * Child for the kill -9 test: opens the workspace, shares the case, then adds interviews one by
 * one, printing `ACK <i>` once each is saved and syncing after each (`SYNCED <i>`), until killed.
 *
 * Usage: node --import tsx sync-child.ts <workspaceDir> <server> <user> <password> <caseId>
 */
import { dispatch } from '../../../electron/services/dispatch';
import { createServices } from '../../../electron/services/index';
import { createSyncService } from '../../../electron/services/sync/service';

const [workspaceDir, server, user, password, caseId] = process.argv.slice(2);
const services = await createServices({ workspaceDir: workspaceDir!, openAnyway: true, sync: { autoSyncMs: null, pullEveryMs: null } });
const sync = createSyncService({ ctx: services.context, password: async () => password!, autoSyncMs: null, regional: false });
await sync.load();
await sync.configure(server!, user!);
await sync.share('case', caseId!);
process.stdout.write('READY\n');
for (let i = 1; ; i++) {
  const result = await dispatch(services.handlers, 'cases:addInterview', { caseId, draft: { name: 'Learner', notes: `note ${i}` } });
  if (!result.ok) {
    process.stderr.write(result.error.message);
    process.exit(2);
  }
  process.stdout.write(`ACK ${i}\n`);
  const status = await sync.syncNow();
  process.stdout.write(`SYNCED ${i} ${status.state}\n`);
}
