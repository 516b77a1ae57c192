import { afterAll, beforeAll, expect, it } from 'vitest';
import { regionalOverview } from '../../../electron/services/overview/regional';
import { startCouch, type Couch } from './couch-server';
import { openMember } from './workspaces';

let couch: Couch;
beforeAll(async () => {
  couch = await startCouch();
  await couch.setup({ users: [{ name: 'hana', password: 'hana-password' }, { name: 'ifor', password: 'ifor-password' }] });
});
afterAll(async () => {
  await couch.stop();
});

const details = { title: 'Partnership forum ŵ', organisationId: null, date: '2026-03-16', venue: 'Town hall', startTime: '10:00', sessionMinutes: 120, facilitator: 'Hana' };

it('a workshop shared with the region shows in another member’s regional overview, with its actions and issues; an unshared one never leaves', async () => {
  const hana = await openMember(couch, 'hana', 'hana-password', 'Hana');
  const ifor = await openMember(couch, 'ifor', 'ifor-password', 'Ifor');
  const [template] = await hana.call('workshops:templates');
  const shared = await hana.call('workshops:create', { templateId: template!.id, details });
  await hana.call('workshops:create', { templateId: template!.id, details: { ...details, title: 'Private planning' } });
  await hana.call('workshops:capture', { id: shared.id, capture: { kind: 'action', action: { what: 'Agree the learning agreement', owner: 'Chair', side: 'both', dueDate: '2026-06-30', status: 'amber' } } });
  await hana.call('workshops:capture', { id: shared.id, capture: { kind: 'issue', issue: { title: 'Release time for reps', raisedOn: '2026-03-16' } } });
  await hana.sync.share('workshop', shared.id);
  expect(await hana.sync.syncNow()).toMatchObject({ state: 'up_to_date' });
  expect(await ifor.sync.syncNow()).toMatchObject({ state: 'up_to_date' });
  const overview = await regionalOverview(ifor.sync);
  expect(overview.workshops).toEqual([{ id: shared.id, title: 'Partnership forum ŵ', date: '2026-03-16', organisationId: null, facilitator: 'Hana', sharedBy: 'Hana' }]);
  expect(overview.actions.map((a) => a.action.what)).toEqual(['Agree the learning agreement']);
  expect(overview.issues.map((i) => i.title)).toEqual(['Release time for reps']);
  await hana.close();
  await ifor.close();
});
