import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Opened } from './helpers/open-services';

let app: Opened;
const call: Opened['call'] = (channel, input) => app.call(channel, input);

beforeEach(async () => {
  app = await openServices(() => new Date());
});
afterEach(() => app.close());

async function newCase() {
  const org = await call('organisations:create', { name: 'Northvale Borough Council', type: 'local_authority', region: 'North West' });
  const record = await call('cases:create', { organisationId: org.id, assessor: 'Priya Shah' });
  return { org, record };
}

describe('cases joined to search, the tracker and the overview', () => {
  it('search finds a word typed in an evidence note, follows edits, and forgets a deleted case', async () => {
    const { record } = await newCase();
    const { id: evidenceId } = await call('cases:addEvidence', {
      caseId: record.id,
      draft: { kind: 'document', source: 'HR business partner', note: 'Diagnostic spreadsheet for waste services' },
    });
    let hits = await call('search:query', { text: 'spreadsheet' });
    expect(hits).toEqual([expect.objectContaining({ kind: 'evidence', route: `/cases/${record.id}` })]);

    await call('cases:updateEvidence', { caseId: record.id, evidenceId, patch: { note: 'Timetable photo from the learning centre' } });
    expect(await call('search:query', { text: 'spreadsheet' })).toEqual([]);
    hits = await call('search:query', { text: 'timetable' });
    expect(hits).toHaveLength(1);

    await app.reopen();
    expect(await call('search:query', { text: 'timetable' })).toHaveLength(1);

    await call('cases:delete', { id: record.id });
    expect(await call('search:query', { text: 'timetable' })).toEqual([]);
  });

  it('the overview shows the case’s stage and the tracker its action-plan actions', async () => {
    const { org, record } = await newCase();
    await call('cases:updateNotify', { caseId: record.id, patch: { date: '2026-01-12', kind: 'commenced' } });
    await call('cases:updateSignUp', { caseId: record.id, patch: { date: '2026-03-03' } });
    const { rows } = await call('overview:rows');
    const row = rows.find((r) => r.organisationId === org.id);
    expect(row?.stage).toBe('action_plan');
    expect(row?.nextDeadline).toBe('2026-12-03');

    await call('cases:addAction', { caseId: record.id, draft: { what: 'Release staff for learning', owner: 'Director of resources' } });
    const actions = await call('actions:list');
    expect(actions.filter((a) => a.source.kind === 'case').map((a) => a.action.what)).toEqual(['Release staff for learning']);
  });
});
