import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyTimer, initialTimer } from '../../../shared/domain/timer';
import { openWorkspace, type TestWorkspace } from '../cases/helpers';

/*
 * The live schedule compares with the plan that was circulated (issue 23): exporting the signed
 * agenda keeps the plan it prints; starting live keeps it only when no agenda was exported.
 */

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await openWorkspace();
});
afterEach(async () => {
  await ws.close();
});

const details = {
  title: 'Partnership review',
  organisationId: null,
  date: '2026-04-01',
  venue: 'Town Hall',
  startTime: '09:30',
  sessionMinutes: 180,
  facilitator: 'Rhiannon Price',
};
const planOf = (w: { startTime: string; agenda: { id: string; minutes: number }[] }) => ({
  startTime: w.startTime,
  items: w.agenda.map((a) => ({ id: a.id, minutes: a.minutes })),
});

describe('the circulated plan', () => {
  it('an exported agenda becomes the baseline, as its preview printed it; a cancelled export keeps nothing', async () => {
    const w = await ws.call('workshops:create', { templateId: 'what-good-looks-like', details });
    expect(w.baseline).toBeNull();
    await ws.call('signing:create', {
      draft: {
        name: 'Rhiannon Price',
        role: 'Facilitator',
        organisation: '',
        email: 'rp@example.org',
        passphrase: 'correct horse battery',
      },
    });
    const preview = await ws.call('exports:preview', { kind: 'agenda', id: w.id, signature: { kind: 'typed' } });

    ws.saves.push(null);
    await ws.call('exports:export', { previewId: preview.previewId });
    expect((await ws.call('workshops:get', { id: w.id })).baseline).toBeNull();

    // Edited after the preview: the baseline is still what the circulated PDF says.
    const trimmed = w.agenda.map((a, i) => (i === 1 ? { ...a, minutes: a.minutes - 15 } : a));
    await ws.call('workshops:updatePlan', { id: w.id, patch: { agenda: trimmed } });
    ws.saves.push(path.join(ws.dir, 'agenda.pdf'));
    await ws.call('exports:export', { previewId: preview.previewId });
    const after = await ws.call('workshops:get', { id: w.id });
    expect(after.baseline).toMatchObject(planOf(w));
    expect(after.agenda[1].minutes).toBe(w.agenda[1].minutes - 15);

    // Starting live keeps the circulated plan, not the edited one.
    const started = applyTimer(initialTimer(), planOf(after).items, { type: 'start' }, Date.parse('2026-04-01T09:30:00Z'));
    await ws.call('workshops:saveLive', { id: w.id, live: started });
    expect((await ws.call('workshops:get', { id: w.id })).baseline).toMatchObject(planOf(w));

    // Once live, a later export does not move the baseline.
    const again = await ws.call('exports:preview', { kind: 'agenda', id: w.id, signature: { kind: 'typed' } });
    ws.saves.push(path.join(ws.dir, 'agenda-2.pdf'));
    await ws.call('exports:export', { previewId: again.previewId });
    expect((await ws.call('workshops:get', { id: w.id })).baseline).toMatchObject(planOf(w));
  });

  it('without an exported agenda, starting live keeps the plan as it stands', async () => {
    const w = await ws.call('workshops:create', { templateId: 'what-good-looks-like', details });
    const started = applyTimer(initialTimer(), planOf(w).items, { type: 'start' }, Date.parse('2026-04-01T09:30:00Z'));
    await ws.call('workshops:saveLive', { id: w.id, live: started });
    expect((await ws.call('workshops:get', { id: w.id })).baseline).toMatchObject(planOf(w));
  });
});
