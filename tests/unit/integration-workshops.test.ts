import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Opened } from './helpers/open-services';

let app: Opened;
const call: Opened['call'] = (channel, input) => app.call(channel, input);

beforeEach(async () => {
  app = await openServices(() => new Date());
});
afterEach(() => app.close());

async function workshopFor(organisationId: string) {
  const templates = await call('workshops:templates');
  const template = templates.find((t) => t.name.startsWith('What does good look like'));
  return call('workshops:create', {
    templateId: template?.id ?? 'missing-template',
    details: { title: 'Partnership review — Spring', organisationId, date: '2026-04-20', startTime: '10:00' },
  });
}

describe('workshops joined to the tracker, overview, issue log and search', () => {
  it('an action captured in a workshop is in the tracker and edited at its source', async () => {
    const org = await call('organisations:create', { name: 'Eastmoor Hospitals', type: 'nhs_trust', region: 'East of England' });
    const workshop = await workshopFor(org.id);
    await call('workshops:capture', {
      id: workshop.id,
      capture: {
        kind: 'action',
        action: {
          what: 'Joint communications plan',
          owner: 'Head of communications',
          side: 'management',
          dueDate: '2026-06-30',
          status: 'amber',
        },
      },
    });
    const listed = await call('actions:list');
    const fromWorkshop = listed.find((a) => a.source.kind === 'workshop');
    expect(fromWorkshop?.action.what).toBe('Joint communications plan');
    await call('actions:update', {
      kind: 'workshop',
      sourceId: workshop.id,
      actionId: fromWorkshop?.action.id ?? 'missing',
      change: { status: 'red', note: 'Comms lead off sick' },
    });
    const atSource = await call('workshops:get', { id: workshop.id });
    expect(atSource.actions[0].status).toBe('red');
    expect(atSource.actions[0].progress.at(-1)?.note).toBe('Comms lead off sick');
  });

  it('an issue raised in a workshop lands once in the organisation’s log; a dispute stays on the workshop', async () => {
    const org = await call('organisations:create', { name: 'Eastmoor Hospitals', type: 'nhs_trust', region: 'East of England' });
    const workshop = await workshopFor(org.id);
    await call('workshops:capture', {
      id: workshop.id,
      capture: { kind: 'issue', issue: { title: 'Release time for reps during reorganisation', raisedOn: '2026-04-20' } },
    });
    await call('workshops:capture', {
      id: workshop.id,
      capture: { kind: 'issue', issue: { title: 'One colleague’s contract', raisedOn: '2026-04-20', individualContractualDispute: true } },
    });
    await call('workshops:setStatus', { id: workshop.id, status: 'complete' });
    const log = await call('issues:list', {});
    expect(log.issues.map((i) => i.title)).toEqual(['Release time for reps during reorganisation']);
    expect(log.issues[0].level).toBe('local');
  });

  it('ratings feed the overview’s maturity, and notes are searchable', async () => {
    const org = await call('organisations:create', { name: 'Eastmoor Hospitals', type: 'nhs_trust', region: 'East of England' });
    const workshop = await workshopFor(org.id);
    const theme = workshop.themes[0];
    await call('workshops:capture', {
      id: workshop.id,
      capture: { kind: 'note', themeId: theme.id, groupId: null, text: 'Communicate early — no surprises' },
    });
    const hits = await call('search:query', { text: 'surprises' });
    expect(hits.some((h) => h.kind === 'workshop_note')).toBe(true);
    await app.reopen();
    const again = await call('search:query', { text: 'surprises' });
    expect(again.some((h) => h.kind === 'workshop_note')).toBe(true);
  });
});
