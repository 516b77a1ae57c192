import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { call, useWorkspaces } from '../helpers/services';
import { useTempDirs } from '../helpers/temp-dirs';

/**
 * A Casebook whose lock was taken by another one (the user chose Open anyway there) must stop
 * writing at once and say so: otherwise the two would overwrite each other's changes.
 */

const tempDir = useTempDirs();
const openWorkspace = useWorkspaces();
const HOUR = 3_600_000;

describe('a holder that lost its lock to Open anyway', () => {
  it('refuses every change from then on, writes no snapshot at close, leaves the new lock, and says why', async () => {
    const workspaceDir = await tempDir();
    const first = await openWorkspace({ workspaceDir, checkpointIdleMs: HOUR });
    const org = await call(first, 'organisations:create', { name: 'Cyngor Powys', type: 'local_authority', region: 'Wales' });
    const created = await call(first, 'cases:create', { organisationId: org.id });
    await call(first, 'cases:updateActionPlan', { caseId: created.id, patch: { analysisOfNeed: 'typed in the first window' } });

    // The same process holds it, so only Open anyway takes it (as a user would on another computer).
    const second = await openWorkspace({ workspaceDir, openAnyway: true, checkpointIdleMs: HOUR });
    await call(second, 'cases:updateActionPlan', { caseId: created.id, patch: { analysisOfNeed: 'typed in the second window' } });

    const refused = await dispatch(first.handlers, 'cases:updateActionPlan', {
      caseId: created.id,
      patch: { analysisOfNeed: 'typed after losing the lock' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'workspace_locked', message: expect.stringContaining('Open anyway') } });
    expect(
      (await dispatch(first.handlers, 'organisations:create', { name: 'Never saved', type: 'local_authority', region: 'Wales' })).ok,
    ).toBe(false);
    // Reading still works, and the notice is there for the shell to show.
    expect((await dispatch(first.handlers, 'cases:list', undefined)).ok).toBe(true);
    expect(first.context.notices).toEqual([
      expect.objectContaining({ level: 'error', message: expect.stringContaining('stopped saving') }),
    ]);

    const lockBefore = await readFile(path.join(workspaceDir, '.lock'), 'utf8');
    const casesBefore = await readdir(path.join(workspaceDir, 'cases'));
    await first.close();
    expect(await readFile(path.join(workspaceDir, '.lock'), 'utf8')).toBe(lockBefore);
    expect(await readdir(path.join(workspaceDir, 'cases'))).toEqual(casesBefore);

    expect((await call(second, 'cases:get', { id: created.id })).actionPlan.analysisOfNeed).toBe('typed in the second window');
    await second.close();
    const third = await openWorkspace({ workspaceDir });
    expect((await call(third, 'cases:get', { id: created.id })).actionPlan.analysisOfNeed).toBe('typed in the second window');
    expect((await call(third, 'organisations:list')).map((o) => o.name)).toEqual(['Cyngor Powys']);
  });
});
