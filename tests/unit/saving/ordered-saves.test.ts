import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextSaveDelay } from '../../../shared/domain/autosave';
import { isNewerOrSame } from '../../../shared/domain/revision';
import { newCase, openWorkspace, type TestWorkspace } from '../cases/helpers';

describe('revisions: the screen never goes back to an older answer', () => {
  let ws: TestWorkspace;
  beforeEach(async () => {
    ws = await openWorkspace();
  });
  afterEach(async () => {
    await ws.close();
  });

  it('counts every saved change of a case, across a reopen, and concurrent saves get distinct revisions', async () => {
    const { record } = await newCase(ws);
    expect(record.revision).toBe(0);
    const a = await ws.call('cases:updateSignUp', { caseId: record.id, patch: { date: '2026-03-03' } });
    expect(a.revision).toBe(1);
    // Two saves in flight at once, as the keyboard journey does (date, then Add signatory).
    const [first, second] = await Promise.all([
      ws.call('cases:updateSignUp', { caseId: record.id, patch: { scope: 'directorates' } }),
      ws.call('cases:addSignatory', { caseId: record.id, draft: {} }),
    ]);
    expect([first.revision, second.record.revision].sort()).toEqual([2, 3]);
    // Whichever answer is newer holds both changes: it is the one the screen must keep.
    const newest = first.revision > second.record.revision ? first : second.record;
    expect(newest.signUp.scope).toBe('directorates');
    expect(newest.signUp.signatories).toHaveLength(1);
    await ws.reopen();
    expect((await ws.call('cases:get', { id: record.id })).revision).toBe(3);
  });

  it('a refused change does not advance the revision', async () => {
    const { record } = await newCase(ws);
    await ws.call('cases:updateRecommendation', { caseId: record.id, patch: { outcome: 'full_award' } });
    const error = await ws.fail('cases:recordRecommendation', { caseId: record.id });
    expect(error.code).toBe('invalid_input');
    expect((await ws.call('cases:get', { id: record.id })).revision).toBe(1);
  });

  it('workshops count their changes too', async () => {
    const w = await ws.call('workshops:create', {
      templateId: 'what-good-looks-like',
      details: {
        title: 'Review',
        organisationId: null,
        date: '2026-03-16',
        venue: '',
        startTime: '10:00',
        sessionMinutes: 120,
        facilitator: '',
      },
    });
    expect(w.revision).toBe(0);
    const next = await ws.call('workshops:updatePlan', { id: w.id, patch: { venue: 'Board room' } });
    expect(next.revision).toBe(1);
  });

  it('isNewerOrSame keeps the newest of any order of answers', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 50 }), { minLength: 1, maxLength: 20 }), (arrivals) => {
        let shown: { id: string; revision: number } | null = null;
        for (const revision of arrivals) if (isNewerOrSame(shown, { id: 'c', revision })) shown = { id: 'c', revision };
        expect(shown?.revision).toBe(Math.max(...arrivals));
      }),
    );
    expect(isNewerOrSame({ id: 'a', revision: 9 }, { id: 'b', revision: 0 })).toBe(true);
  });
});

describe('autosave timing: at most a second of typing unsent', () => {
  it('waits for a pause, but never longer than the max wait after the oldest unsent keystroke', () => {
    expect(nextSaveDelay({ now: 1000, dirtySince: 1000, delay: 300, maxWait: 1000 })).toBe(300);
    expect(nextSaveDelay({ now: 1800, dirtySince: 1000, delay: 300, maxWait: 1000 })).toBe(200);
    expect(nextSaveDelay({ now: 2500, dirtySince: 1000, delay: 300, maxWait: 1000 })).toBe(0);
  });

  it('for any typing rhythm, a save is due within max wait of every keystroke', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 200 }), (gaps) => {
        // Simulate: keystrokes at the given gaps; a timer fires a save at its due time.
        let now = 0;
        let dirtySince: number | null = null;
        let due: number | null = null;
        const saves: number[] = [];
        const keys: number[] = [];
        for (const gap of gaps) {
          const next = now + gap;
          if (due !== null && due <= next) {
            saves.push(due);
            dirtySince = null;
          }
          now = next;
          keys.push(now);
          dirtySince ??= now;
          due = now + nextSaveDelay({ now, dirtySince, delay: 300, maxWait: 1000 });
        }
        if (due !== null) saves.push(due);
        for (const key of keys) expect(saves.some((s) => s >= key && s - key <= 1000)).toBe(true);
      }),
    );
  });
});
