import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services';
import { dispatch } from '../../electron/services/dispatch';

let dir: string;
let services: Services;
const call = async <T>(channel: string, input?: unknown): Promise<T> => {
  const result = await dispatch(services.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as T;
};

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'casebook-wire-'));
  services = await createServices({ workspaceDir: dir });
});
afterEach(async () => {
  await services.close();
  await rm(dir, { recursive: true, force: true });
});

async function workshopFor(organisationId: string) {
  const templates = await call<{ id: string; name: string }[]>('workshops:templates');
  const template = templates.find((t) => t.name.startsWith('What does good look like'));
  return call<{ id: string; themes: { id: string; title: string }[]; groups: { id: string }[] }>('workshops:create', {
    templateId: template?.id,
    details: { title: 'Partnership review — Spring', organisationId, date: '2026-04-20', startTime: '10:00' },
  });
}

describe('workshops joined to the tracker, overview, issue log and search', () => {
  it('an action captured in a workshop is in the tracker and edited at its source', async () => {
    const org = await call<{ id: string }>('organisations:create', { name: 'Eastmoor Hospitals', type: 'nhs_trust', region: 'East of England' });
    const workshop = await workshopFor(org.id);
    await call('workshops:capture', {
      id: workshop.id,
      capture: { kind: 'action', action: { what: 'Joint communications plan', owner: 'Head of communications', side: 'management', dueDate: '2026-06-30', status: 'amber' } },
    });
    const listed = await call<{ source: { kind: string; id: string }; action: { id: string; what: string } }[]>('actions:list');
    const fromWorkshop = listed.find((a) => a.source.kind === 'workshop');
    expect(fromWorkshop?.action.what).toBe('Joint communications plan');
    await call('actions:update', { kind: 'workshop', sourceId: workshop.id, actionId: fromWorkshop?.action.id, change: { status: 'red', note: 'Comms lead off sick' } });
    const atSource = await call<{ actions: { status: string; progress: { note: string }[] }[] }>('workshops:get', { id: workshop.id });
    expect(atSource.actions[0].status).toBe('red');
    expect(atSource.actions[0].progress.at(-1)?.note).toBe('Comms lead off sick');
  });

  it('an issue raised in a workshop lands once in the organisation’s log; a dispute stays on the workshop', async () => {
    const org = await call<{ id: string }>('organisations:create', { name: 'Eastmoor Hospitals', type: 'nhs_trust', region: 'East of England' });
    const workshop = await workshopFor(org.id);
    await call('workshops:capture', { id: workshop.id, capture: { kind: 'issue', issue: { title: 'Release time for reps during reorganisation', raisedOn: '2026-04-20' } } });
    await call('workshops:capture', { id: workshop.id, capture: { kind: 'issue', issue: { title: 'One colleague’s contract', raisedOn: '2026-04-20', individualContractualDispute: true } } });
    await call('workshops:setStatus', { id: workshop.id, status: 'complete' });
    const log = await call<{ issues: { title: string; level: string }[] }>('issues:list', {});
    expect(log.issues.map((i) => i.title)).toEqual(['Release time for reps during reorganisation']);
    expect(log.issues[0].level).toBe('local');
  });

  it('ratings feed the overview’s maturity, and notes are searchable', async () => {
    const org = await call<{ id: string }>('organisations:create', { name: 'Eastmoor Hospitals', type: 'nhs_trust', region: 'East of England' });
    const workshop = await workshopFor(org.id);
    const theme = workshop.themes[0];
    await call('workshops:capture', { id: workshop.id, capture: { kind: 'note', themeId: theme.id, groupId: null, text: 'Communicate early — no surprises' } });
    const hits = await call<{ kind: string; title: string }[]>('search:query', { text: 'surprises' });
    expect(hits.some((h) => h.kind === 'workshop_note')).toBe(true);
    await services.close();
    services = await createServices({ workspaceDir: dir });
    const again = await call<{ kind: string }[]>('search:query', { text: 'surprises' });
    expect(again.some((h) => h.kind === 'workshop_note')).toBe(true);
  });
});
