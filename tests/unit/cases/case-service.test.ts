import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { goAwardV1 } from '../../../shared/frameworks';
import { newCase, openWorkspace, type TestWorkspace } from './helpers';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await openWorkspace();
});
afterEach(async () => {
  await ws.close();
});

async function satisfyEverything(caseId: string) {
  for (const r of goAwardV1.requirements)
    await ws.call('cases:updateRequirement', { caseId, requirementId: r.id, patch: { status: 'met' } });
  for (const c of goAwardV1.criteria) await ws.call('cases:updateCriterion', { caseId, criterionId: c.id, patch: { judgement: 'met' } });
}

describe('cases service', () => {
  it('creates a case per file, lists it with its deadline, and keeps everything across a reopen', async () => {
    const { record } = await newCase(ws);
    expect(JSON.parse(await readFile(path.join(ws.dir, 'cases', `${record.id}.json`), 'utf8')).id).toBe(record.id);
    await ws.call('cases:updateNotify', {
      caseId: record.id,
      patch: { date: '2026-01-14', kind: 'commenced', leadOfficerName: 'Lead Officer' },
    });
    await ws.call('cases:updateSignUp', { caseId: record.id, patch: { date: '2026-03-03' } });
    let [item] = await ws.call('cases:list');
    expect(item).toMatchObject({
      organisationName: 'Northvale Borough Council',
      region: 'North West',
      stage: 'action_plan',
      actionPlanDue: '2026-12-03',
      deadline: 'due_soon',
      daysLeft: 13,
    });
    ws.now.value = new Date('2026-12-05T09:00:00Z');
    [item] = await ws.call('cases:list');
    expect(item.deadline).toBe('overdue');

    await ws.reopen();
    const again = await ws.call('cases:get', { id: record.id });
    expect(again.notify).toEqual({ date: '2026-01-14', kind: 'commenced', leadOfficerName: 'Lead Officer', leadOfficerRole: '' });
    expect(again.signUp.date).toBe('2026-03-03');
  });

  it('applies small patches without touching other fields', async () => {
    const { record } = await newCase(ws);
    await ws.call('cases:updateCriterion', { caseId: record.id, criterionId: 'C2', patch: { rationale: 'In the workforce plan.' } });
    await ws.call('cases:updateCriterion', { caseId: record.id, criterionId: 'C2', patch: { judgement: 'partly_met' } });
    const got = await ws.call('cases:get', { id: record.id });
    expect(got.assessment.criteria.C2).toEqual({ judgement: 'partly_met', rationale: 'In the workforce plan.', developmentPoints: '' });
    expect(got.assessment.criteria.C1.judgement).toBe('not_assessed');
  });

  it('refuses unknown criteria and invalid patches, leaving the case unchanged', async () => {
    const { record } = await newCase(ws);
    expect((await ws.fail('cases:updateCriterion', { caseId: record.id, criterionId: 'C7', patch: { judgement: 'met' } })).code).toBe(
      'not_found',
    );
    const bad = await ws.fail('cases:updateNotify', { caseId: record.id, patch: { date: '14/01/2026' } as never });
    expect(bad.code).toBe('invalid_input');
    expect(
      (await ws.fail('cases:updateSignUp', { caseId: record.id, patch: { scope: 'whole_organisation', extra: 1 } as never })).code,
    ).toBe('invalid_input');
    const got = await ws.call('cases:get', { id: record.id });
    expect(got.notify.date).toBeNull();
    expect(got.updatedAt).toBe(record.updatedAt);
  });

  it('journals changes as readable lines, coalescing keystroke saves of one field', async () => {
    const { record } = await newCase(ws);
    const caseId = record.id;
    await ws.call('cases:updateCriterion', { caseId, criterionId: 'C2', patch: { judgement: 'partly_met' } });
    for (const text of ['S', 'Sf', 'SfL is in the workforce plan']) {
      await ws.call('cases:updateCriterion', { caseId, criterionId: 'C2', patch: { rationale: text } });
    }
    await ws.call('cases:updateRequirement', { caseId, requirementId: 'R9', patch: { status: 'not_met' } });
    const history = await ws.call('cases:history', { id: caseId });
    expect(history.map((e) => e.summary)).toEqual([
      expect.stringContaining('Case opened for Northvale Borough Council'),
      'Criterion C2 judged partly met',
      'Criterion C2: rationale edited',
      'Requirement R9 marked not met',
    ]);
    expect(history[1].actor.name).toBe('Unnamed user');
    expect(await ws.call('cases:verifyJournal', { id: caseId })).toEqual({ ok: true, entries: 4 });
    // Ten minutes later the same field earns a new line.
    ws.now.value = new Date(ws.now.value.getTime() + 11 * 60_000);
    await ws.call('cases:updateCriterion', { caseId, criterionId: 'C2', patch: { rationale: 'later' } });
    expect((await ws.call('cases:history', { id: caseId })).length).toBe(5);
  });

  it('derives eligibility in the list and enforces the justification rule when recording', async () => {
    const { record } = await newCase(ws);
    const caseId = record.id;
    await ws.call('cases:updateRecommendation', { caseId, patch: { outcome: 'full_award' } });
    const refused = await ws.fail('cases:recordRecommendation', { caseId });
    expect(refused).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('needs a written justification') });
    expect((await ws.call('cases:get', { id: caseId })).recommendation.recordedAt).toBeNull();
    await ws.call('cases:updateRecommendation', { caseId, patch: { justification: 'Strong evidence beyond the plan.' } });
    const recorded = await ws.call('cases:recordRecommendation', { caseId });
    expect(recorded.recommendation.recordedAt).not.toBeNull();
    // While recorded, the justification cannot be emptied.
    expect((await ws.fail('cases:updateRecommendation', { caseId, patch: { justification: '' } })).code).toBe('invalid_input');

    await ws.call('cases:reopenRecommendation', { caseId });
    await satisfyEverything(caseId);
    expect((await ws.call('cases:list'))[0].eligible).toBe(true);
    await ws.call('cases:updateRecommendation', { caseId, patch: { outcome: 'not_yet', justification: '' } });
    expect((await ws.fail('cases:recordRecommendation', { caseId })).message).toContain('eligible for the full award');
    await ws.call('cases:updateRecommendation', { caseId, patch: { outcome: 'full_award' } });
    expect((await ws.call('cases:recordRecommendation', { caseId })).recommendation.outcome).toBe('full_award');
  });

  it('exposes action-plan actions to the tracker and takes its edits at the source', async () => {
    const { org, record } = await newCase(ws);
    const { id } = await ws.call('cases:addAction', {
      caseId: record.id,
      draft: { what: 'Skills check at induction', owner: 'HR', dueDate: '2027-01-31' },
    });
    const listed = await ws.call('cases:listActions');
    expect(listed).toEqual([
      {
        caseId: record.id,
        label: 'Northvale Borough Council — GO Award',
        organisationId: org.id,
        actions: [expect.objectContaining({ id, what: 'Skills check at induction', status: 'green' })],
      },
    ]);
    const updated = await ws.call('cases:updateAction', {
      caseId: record.id,
      actionId: id,
      patch: { status: 'amber', progressNote: 'Delayed by recruitment' },
    });
    expect(updated.status).toBe('amber');
    expect(updated.progress).toEqual([expect.objectContaining({ note: 'Delayed by recruitment', status: 'amber', by: 'Unnamed user' })]);
    expect((await ws.call('cases:get', { id: record.id })).actionPlan.actions[0].status).toBe('amber');
    expect((await ws.fail('cases:updateAction', { caseId: record.id, actionId: 'nope', patch: { status: 'red' } })).code).toBe('not_found');
  });

  it('attaches picked files content-addressed and previews images with a cap', async () => {
    const { record } = await newCase(ws);
    const { id } = await ws.call('cases:addEvidence', {
      caseId: record.id,
      draft: { kind: 'document', source: 'HR', criteria: ['C4', 'C5'] },
    });
    const png = path.resolve(import.meta.dirname, '../../../resources/screenshots/cases-empty.png');
    ws.picks.push([png]);
    const after = await ws.call('cases:attachFiles', { caseId: record.id, evidenceId: id });
    const [ref] = after.assessment.evidence[0].attachments;
    expect(ref).toMatchObject({ name: 'cases-empty.png', mediaType: 'image/png' });
    expect(await readFile(path.join(ws.dir, 'attachments', ref.sha256))).toEqual(await readFile(png));
    const preview = await ws.call('cases:attachmentPreview', { sha256: ref.sha256 });
    expect(preview.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    // Cancelled picker: nothing changes.
    expect((await ws.call('cases:attachFiles', { caseId: record.id, evidenceId: id })).assessment.evidence[0].attachments).toHaveLength(1);
    expect((await ws.fail('cases:attachmentPreview', { sha256: 'a'.repeat(64) })).code).toBe('not_found');
  });

  it('builds the demo workspace through the services', async () => {
    expect(await ws.call('demo:load')).toEqual({ cases: 4, organisations: 4 });
    const list = await ws.call('cases:list');
    expect(list.map((c) => [c.organisationName, c.stage, c.deadline])).toEqual([
      ['Castlemere City Council', 'assessment', 'received'],
      ['Eastbridge District Council', 'action_plan', 'upcoming'],
      ['Harrowfield Metropolitan Borough Council', 'action_plan', 'overdue'],
      ['Northvale Borough Council', 'assessment', 'received'],
    ]);
    expect(list[3].evidenceCount).toBe(6);
    expect((await ws.call('workshops:list')).map((w) => w.status).sort()).toEqual(['complete', 'planned']);
    expect((await ws.fail('demo:load')).code).toBe('conflict');
    for (const c of list) expect((await ws.call('cases:verifyJournal', { id: c.id })).ok).toBe(true);
  });

  it('loads the demo beside a user organisation that shares a demo name, and refuses a second load without advising deletion', async () => {
    const mine = await ws.call('organisations:create', {
      name: 'Northvale Borough Council',
      type: 'local_authority',
      region: 'Wales',
      contacts: [],
    });
    expect(await ws.call('demo:load')).toEqual({ cases: 4, organisations: 4 });
    const named = (await ws.call('organisations:list')).filter((o) => o.name === 'Northvale Borough Council');
    expect(named).toHaveLength(2);
    expect(named.find((o) => o.id === mine.id)).toEqual(mine);
    // The demo's workshops belong to the demo's Northvale, not the user's.
    const workshops = await ws.call('workshops:list');
    expect(workshops.every((w) => w.organisationId !== mine.id)).toBe(true);
    const refusal = await ws.fail('demo:load');
    expect(refusal.code).toBe('conflict');
    expect(refusal.message).not.toMatch(/delete/i);
  });
});
