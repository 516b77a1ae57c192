import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newCase, openWorkspace, type TestWorkspace } from './helpers';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await openWorkspace();
});
afterEach(async () => {
  await ws.close();
});

describe('site-visit mode records the visit', () => {
  it('records the day from the clock once, keeps corrections, and journals it', async () => {
    const { record } = await newCase(ws);
    const caseId = record.id;
    ws.now.value = new Date('2026-12-02T08:55:00');
    const first = await ws.call('cases:startVisit', { caseId });
    expect(first.recorded).toBe('2026-12-02');
    expect(first.record.assessment.visitDates).toEqual(['2026-12-02']);
    // Opening the mode again the same day records nothing new.
    expect((await ws.call('cases:startVisit', { caseId })).recorded).toBeNull();
    // The assessor corrects the date; a second day adds itself beside it.
    await ws.call('cases:updateAssessment', { caseId, patch: { visitDates: ['2026-12-01'] } });
    ws.now.value = new Date('2026-12-03T09:00:00');
    const second = await ws.call('cases:startVisit', { caseId });
    expect(second.record.assessment.visitDates).toEqual(['2026-12-01', '2026-12-03']);
    const history = await ws.call('cases:history', { id: caseId });
    expect(history.filter((h) => h.kind === 'case.visit.started').map((h) => h.details?.date)).toEqual(['2026-12-02', '2026-12-03']);
    expect(history.map((h) => h.summary)).toEqual(
      expect.arrayContaining(['Site visit on 2 Dec 2026 recorded (site-visit mode opened)', 'Assessment: visit dates set to 1 Dec 2026']),
    );
  });
});

describe('undo for every delete', () => {
  it('puts interview notes, evidence and attachments back where they were, exactly', async () => {
    const { record } = await newCase(ws);
    const caseId = record.id;
    const a = await ws.call('cases:addInterview', {
      caseId,
      draft: { name: 'Learner A', notes: 'Learns in work time', criteria: ['C5'], answers: ['C5.p1'] },
    });
    await ws.call('cases:addInterview', { caseId, draft: { name: 'Learner B' } });
    const before = (await ws.call('cases:get', { id: caseId })).assessment.interviews;
    await ws.call('cases:removeInterview', { caseId, interviewId: a.id });
    const restored = await ws.call('cases:restore', { caseId, restorable: { kind: 'interview', index: 0, item: before[0] } });
    expect(restored.assessment.interviews).toEqual(before);
    // A second Undo of the same delete is refused rather than duplicating the note.
    expect((await ws.fail('cases:restore', { caseId, restorable: { kind: 'interview', index: 0, item: before[0] } })).code).toBe(
      'conflict',
    );

    const ev = await ws.call('cases:addEvidence', { caseId, draft: { kind: 'data', source: 'HR', criteria: ['C4'] } });
    ws.picks.push([new URL('../../../resources/screenshots/cases-empty.png', import.meta.url).pathname]);
    const attached = await ws.call('cases:attachFiles', { caseId, evidenceId: ev.id });
    const item = attached.assessment.evidence[0];
    await ws.call('cases:removeAttachment', { caseId, evidenceId: ev.id, sha256: item.attachments[0].sha256 });
    const back = await ws.call('cases:restore', {
      caseId,
      restorable: { kind: 'attachment', index: 0, evidenceId: ev.id, item: item.attachments[0] },
    });
    expect(back.assessment.evidence[0]).toEqual(item);
    // The file is still there to preview after the undo.
    expect((await ws.call('cases:attachmentPreview', { sha256: item.attachments[0].sha256 })).mediaType).toBe('image/png');

    await ws.call('cases:removeEvidence', { caseId, evidenceId: ev.id });
    expect((await ws.call('cases:restore', { caseId, restorable: { kind: 'evidence', index: 0, item } })).assessment.evidence).toEqual([
      item,
    ]);
    const kinds = (await ws.call('cases:history', { id: caseId })).map((h) => h.kind);
    expect(kinds).toEqual(expect.arrayContaining(['case.interview.restored', 'case.evidence.reattached', 'case.evidence.restored']));
  });

  it('restores signatories and plan actions, and refuses an attachment whose evidence is gone', async () => {
    const { record } = await newCase(ws);
    const caseId = record.id;
    const s = await ws.call('cases:addSignatory', { caseId, draft: { name: 'Tom Ellis', role: 'lead_officer' } });
    const signatory = s.record.signUp.signatories[0];
    await ws.call('cases:removeSignatory', { caseId, signatoryId: s.id });
    expect(
      (await ws.call('cases:restore', { caseId, restorable: { kind: 'signatory', index: 0, item: signatory } })).signUp.signatories,
    ).toEqual([signatory]);
    const act = await ws.call('cases:addAction', { caseId, draft: { what: 'Skills check at induction' } });
    const action = act.record.actionPlan.actions[0];
    await ws.call('cases:removeAction', { caseId, actionId: act.id });
    expect((await ws.call('cases:restore', { caseId, restorable: { kind: 'action', index: 3, item: action } })).actionPlan.actions).toEqual(
      [action],
    );
    const ref = { sha256: 'a'.repeat(64), name: 'x.png', size: 1, mediaType: 'image/png' };
    expect(
      (await ws.fail('cases:restore', { caseId, restorable: { kind: 'attachment', index: 0, evidenceId: 'gone', item: ref } })).code,
    ).toBe('not_found');
  });
});
