import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServices } from '../../../electron/services';
import { dispatch } from '../../../electron/services/dispatch';
import { createSyncService } from '../../../electron/services/sync/service';
import type { CaseRecord } from '../../../shared/domain/case';
import { ScriptChild } from '../helpers/child';
import { addOrganisation, openServices } from '../helpers/open-services';
import { startCouch, type Couch } from './couch-server';
import { openMember } from './workspaces';

let couch: Couch;
beforeAll(async () => {
  couch = await startCouch();
});
afterAll(async () => {
  await couch.stop();
});

const childScript = fileURLToPath(new URL('sync-child.ts', import.meta.url));

it('kill -9 during sync: nothing acknowledged is lost, nothing is duplicated, and sync resumes', async () => {
  const first = await openServices();
  const org = await addOrganisation(first);
  const { id } = await first.call('cases:create', { organisationId: org.id });
  await first.services.close();
  await couch.setup({
    users: [
      { name: 'fflur', password: 'fflur-password' },
      { name: 'gwyn', password: 'gwyn-password' },
    ],
    cases: [{ id, assessors: ['fflur', 'gwyn'] }],
  });

  // `node --import tsx sync-child.ts …`: the child saves and syncs until it is killed.
  const child = new ScriptChild('--import', ['tsx', childScript, first.workspaceDir, couch.url, 'fflur', 'fflur-password', id]);
  try {
    await child.waitForLine(/^ACK 4$/, 60_000);
  } finally {
    expect(await child.kill('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
  }
  const acked = child.lines.filter((l) => l.startsWith('ACK ')).map((l) => `note ${l.split(' ')[1]}`);
  expect(acked.length).toBeGreaterThanOrEqual(4);

  const services = await createServices({
    workspaceDir: first.workspaceDir,
    openAnyway: true,
    sync: { autoSyncMs: null, pullEveryMs: null },
  });
  const sync = createSyncService({ ctx: services.context, password: async () => 'fflur-password', autoSyncMs: null, regional: false });
  await sync.load();
  expect(await sync.syncNow()).toMatchObject({ state: 'up_to_date', waiting: 0 });
  const get = async (handlers: typeof services.handlers) => {
    const r = await dispatch(handlers, 'cases:get', { id });
    if (!r.ok) throw new Error(r.error.message);
    return r.data as CaseRecord;
  };
  const mine = (await get(services.handlers)).assessment.interviews.map((i) => i.notes);
  for (const note of acked) expect(mine).toContain(note);
  expect(new Set(mine).size).toBe(mine.length);

  const gwyn = await openMember(couch, 'gwyn', 'gwyn-password', 'Gwyn', false);
  await gwyn.sync.share('case', id);
  expect(await gwyn.sync.syncNow()).toMatchObject({ state: 'up_to_date' });
  const theirs = (await gwyn.call('cases:get', { id })).assessment.interviews.map((i) => i.notes);
  expect([...theirs].sort()).toEqual([...mine].sort());
  await gwyn.close();
  await sync.close();
  await services.close();
}, 90_000);
