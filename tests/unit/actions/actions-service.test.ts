import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/domain/action';
import type { ActionPatch } from '../../../shared/domain/actions-rules';
import { actionHandlers } from '../../../electron/services/actions/handlers';
import { standaloneActionProvider } from '../../../electron/services/actions/standalone-provider';
import { addOrganisation, openServices, type Opened } from '../helpers/open-services';

let app: Opened;
beforeEach(async () => {
  app = await openServices();
});
afterEach(async () => app.close());

describe('action tracker service', () => {
  it('creates a standalone action, records a status change with who and when, and keeps it after a restart', async () => {
    await app.call('settings:updateProfile', { name: 'Gareth Example', role: 'facilitator', organisation: '' });
    const org = await addOrganisation(app);
    const created = await app.call('actions:create', {
      organisationId: org.id,
      what: 'Joint communications plan',
      owner: 'Head of communications',
      side: 'management',
      dueDate: '2026-06-30',
      status: 'amber',
    });
    expect(created.source).toEqual({ kind: 'standalone', id: org.id, label: org.name, organisationId: org.id });

    const updated = await app.call('actions:update', {
      kind: 'standalone',
      sourceId: org.id,
      actionId: created.action.id,
      change: { status: 'red', note: 'Comms lead on leave until July' },
    });
    expect(updated.action.status).toBe('red');
    expect(updated.action.progress).toEqual([
      { at: '2026-05-10T09:00:00.000Z', by: 'Gareth Example', note: 'Comms lead on leave until July', status: 'red' },
    ]);

    await app.reopen();
    const [listed] = await app.call('actions:list');
    expect(listed.action).toMatchObject({ status: 'red', progress: [{ by: 'Gareth Example' }] });
    const page = await app.call('overview:organisation', { id: org.id });
    expect(page.actions[0].action.progress[0].note).toBe('Comms lead on leave until July');
  });

  it('refuses an action for an organisation that does not exist, and one with no text', async () => {
    expect((await app.fail('actions:create', { organisationId: 'nope', what: 'x' })).code).toBe('not_found');
    const org = await addOrganisation(app);
    expect((await app.fail('actions:create', { organisationId: org.id, what: '' })).code).toBe('invalid_input');
  });

  it('edits an action from another provider at its source, through that provider, not as a copy', async () => {
    const at = '2026-04-01T10:00:00.000Z';
    const stored: Action = {
      id: 'a1',
      what: 'Terms of reference review',
      owner: 'Chair',
      side: 'both',
      dueDate: '2026-05-01',
      status: 'green',
      progress: [],
      createdAt: at,
      updatedAt: at,
    };
    const writes: { sourceId: string; actionId: string; patch: ActionPatch }[] = [];
    const provider = {
      kind: 'workshop' as const,
      list: async () => [{ source: { kind: 'workshop' as const, id: 'w1', label: 'Spring review', organisationId: null }, action: stored }],
      update: async (sourceId: string, actionId: string, patch: ActionPatch) => {
        writes.push({ sourceId, actionId, patch });
        Object.assign(stored, patch);
        return stored;
      },
    };
    // Stands in for the real workshop provider, to see exactly what the tracker writes through it.
    const ctx = app.services.context;
    const tracker = actionHandlers(ctx, [standaloneActionProvider(ctx), provider]);
    const updated = await tracker['actions:update']({ kind: 'workshop', sourceId: 'w1', actionId: 'a1', change: { status: 'done' } });
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ sourceId: 'w1', actionId: 'a1', patch: { status: 'done' } });
    expect(updated.action.status).toBe('done');
    expect((await tracker['actions:list']()).map((s) => s.action.id)).toEqual(['a1']);
    await expect(tracker['actions:delete']({ kind: 'workshop', sourceId: 'w1', actionId: 'a1' })).rejects.toMatchObject({
      code: 'unsupported',
    });
  });
});
