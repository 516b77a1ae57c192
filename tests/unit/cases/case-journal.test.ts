import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newCase, openWorkspace, type TestWorkspace } from './helpers';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await openWorkspace();
});
afterEach(async () => {
  await ws.close();
});

async function caseWithHistory() {
  const { record } = await newCase(ws);
  const caseId = record.id;
  await ws.call('cases:updateNotify', { caseId, patch: { date: '2026-01-14', kind: 'commenced' } });
  await ws.call('cases:updateSignUp', { caseId, patch: { date: '2026-03-03' } });
  await ws.call('cases:updateCriterion', { caseId, criterionId: 'C2', patch: { judgement: 'partly_met' } });
  await ws.call('cases:updateRequirement', { caseId, requirementId: 'R1', patch: { status: 'met' } });
  const file = `${ws.dir}/journal/${caseId}.jsonl`;
  return { caseId, file };
}

const lines = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter(Boolean);

describe('case journal', () => {
  it('chains every entry to the one before and verifies', async () => {
    const { caseId, file } = await caseWithHistory();
    const entries = (await lines(file)).map((l) => JSON.parse(l) as { seq: number; prevHash: string; hash: string });
    expect(entries).toHaveLength(5);
    entries.forEach((e, i) => {
      expect(e.seq).toBe(i);
      if (i > 0) expect(e.prevHash).toBe(entries[i - 1].hash);
    });
    expect(await ws.call('cases:verifyJournal', { id: caseId })).toEqual({ ok: true, entries: 5 });
  });

  it('names the first broken line when an entry is edited', async () => {
    const { caseId, file } = await caseWithHistory();
    const all = await lines(file);
    all[2] = all[2].replace('Sign up', 'Sign-up');
    await writeFile(file, `${all.join('\n')}\n`);
    expect(await ws.call('cases:verifyJournal', { id: caseId })).toEqual({
      ok: false,
      entries: 5,
      brokenAt: 3,
      reason: 'Line 3 was changed after it was written.',
    });
  });

  it('detects a removed line and a re-hashed forgery by the broken link', async () => {
    const { caseId, file } = await caseWithHistory();
    const all = await lines(file);
    await writeFile(file, `${[...all.slice(0, 1), ...all.slice(2)].join('\n')}\n`);
    const verdict = await ws.call('cases:verifyJournal', { id: caseId });
    expect(verdict).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('cuts a torn last line (a crash mid-append) and keeps the chain whole', async () => {
    const { caseId, file } = await caseWithHistory();
    await appendFile(file, '{"seq":5,"at":"2026-11-20T09:');
    await ws.reopen();
    await ws.call('cases:updateCriterion', { caseId, criterionId: 'C1', patch: { judgement: 'met' } });
    const all = await lines(file);
    expect(all).toHaveLength(6);
    expect(JSON.parse(all[5]).summary).toBe('Criterion C1 judged met');
    expect(await ws.call('cases:verifyJournal', { id: caseId })).toEqual({ ok: true, entries: 6 });
    const history = await ws.call('cases:history', { id: caseId });
    expect(history.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
