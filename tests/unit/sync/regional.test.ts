import { afterAll, beforeAll, expect, it } from 'vitest';
import { addOrganisation } from '../helpers/open-services';
import { startCouch, type Couch } from './couch-server';
import { openMember } from './workspaces';

let couch: Couch;
beforeAll(async () => {
  couch = await startCouch();
  await couch.setup({
    users: [
      { name: 'hana', password: 'hana-password' },
      { name: 'ifor', password: 'ifor-password' },
    ],
  });
});
afterAll(async () => {
  await couch.stop();
});

const details = {
  title: 'Partnership forum ŵ',
  organisationId: null,
  date: '2026-03-16',
  venue: 'Town hall',
  startTime: '10:00',
  sessionMinutes: 120,
  facilitator: 'Hana',
};

it('the regional overview (overview:rows) of a member shows the workshops others shared, their actions and issues, and issues escalated in their logs; nothing unshared leaves', async () => {
  const hana = await openMember(couch, 'hana', 'hana-password', 'Hana');
  const ifor = await openMember(couch, 'ifor', 'ifor-password', 'Ifor');
  expect((await ifor.call('overview:rows')).region).toEqual({ workshops: [], actions: [], issues: [] });

  const [template] = await hana.call('workshops:templates');
  const shared = await hana.call('workshops:create', { templateId: template!.id, details });
  await hana.call('workshops:create', { templateId: template!.id, details: { ...details, title: 'Private planning' } });
  await hana.call('workshops:capture', {
    id: shared.id,
    capture: {
      kind: 'action',
      action: { what: 'Agree the learning agreement', owner: 'Chair', side: 'both', dueDate: '2026-06-30', status: 'amber' },
    },
  });
  await hana.call('workshops:capture', {
    id: shared.id,
    capture: { kind: 'issue', issue: { title: 'Release time for reps', raisedOn: '2026-03-16' } },
  });
  await hana.call('sync:share', { kind: 'workshop', id: shared.id });

  // One issue escalated to regional level (shared), one left local (never leaves).
  const org = await addOrganisation(hana, 'Cyngor Gwynedd');
  const escalated = await hana.call('issues:raise', { organisationId: org.id, title: 'Facility time for ŵ reps', raisedOn: '2026-04-01' });
  const local = await hana.call('issues:raise', { organisationId: org.id, title: 'Car parking', raisedOn: '2026-04-02' });
  if (escalated.outcome !== 'logged' || local.outcome !== 'logged') throw new Error('expected logged');
  const withOption = await hana.call('issues:recordOption', { id: escalated.issue.id, description: 'Local talks' });
  await hana.call('issues:setOptionExhausted', { id: escalated.issue.id, optionId: withOption.options[0]!.id, exhausted: true });
  await hana.call('issues:escalate', { id: escalated.issue.id });

  expect(await hana.call('sync:syncNow')).toMatchObject({ state: 'up_to_date' });
  expect(await ifor.call('sync:syncNow')).toMatchObject({ state: 'up_to_date' });
  const { region } = await ifor.call('overview:rows');
  expect(region!.workshops).toEqual([
    { id: shared.id, title: 'Partnership forum ŵ', date: '2026-03-16', organisationId: null, facilitator: 'Hana', sharedBy: 'Hana' },
  ]);
  expect(region!.actions).toEqual([
    { workshopId: shared.id, title: 'Agree the learning agreement', owner: 'Chair', due: '2026-06-30', status: 'amber' },
  ]);
  expect(region!.issues.map((i) => [i.source, i.title, i.level, i.organisation, i.sharedBy])).toEqual([
    ['issue_log', 'Facility time for ŵ reps', 'regional', 'Cyngor Gwynedd', 'Hana'],
    ['workshop', 'Release time for reps', 'local', 'Partnership forum ŵ', 'Hana'],
  ]);
  // Ifor's own issue log and workshops are untouched: the region is read, never copied in.
  expect((await ifor.call('issues:list', {})).issues).toEqual([]);
  await hana.close();
  await ifor.close();
});
