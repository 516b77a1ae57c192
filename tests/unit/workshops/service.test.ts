import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/services';
import { dispatch } from '../../../electron/services/dispatch';
import type { Handlers } from '../../../shared/ipc/contract';

let dir: string;
let services: Services;
let h: Handlers;
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 2, 16, 10, 0, tick++));

const details = {
  title: 'Partnership review — Spring',
  organisationId: null,
  date: '2026-03-16',
  venue: 'Board room',
  startTime: '10:00',
  sessionMinutes: 120,
  facilitator: 'Facilitator',
};

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'casebook-workshops-'));
  services = await createServices({ workspaceDir: dir, clock });
  h = services.handlers;
});
afterEach(async () => {
  await services.close();
  await rm(dir, { recursive: true, force: true });
});

async function reopen() {
  await services.close();
  services = await createServices({ workspaceDir: dir, clock });
  h = services.handlers;
}

describe('workshop service', () => {
  it('creates a workshop from a template into its own file, summarised in the index and journalled', async () => {
    const w = await h['workshops:create']({ templateId: 'what-good-looks-like', details });
    expect(w.themes).toHaveLength(9);
    expect(w.agenda.length).toBeGreaterThan(3);
    const file = JSON.parse(await readFile(path.join(dir, 'workshops', `${w.id}.json`), 'utf8'));
    expect(file.workshop.title).toBe(details.title);
    expect(await h['workshops:list']()).toMatchObject([{ id: w.id, title: details.title, templateId: 'what-good-looks-like' }]);
    const journal = await services.handlers['workshops:get']({ id: w.id }).then(() =>
      readFile(path.join(dir, 'journal', `${w.id}.jsonl`), 'utf8'),
    );
    expect(journal).toContain('workshop.created');
  });

  it('keeps everything captured across a restart', async () => {
    const org = await h['organisations:create']({ name: 'Eastmoor Hospitals', type: 'nhs_trust', region: 'North East', contacts: [] });
    const w = await h['workshops:create']({ templateId: 'what-good-looks-like', details: { ...details, organisationId: org.id } });
    // Through dispatch, as the renderer calls it: a patch changes only what it names.
    const planned = await dispatch(h, 'workshops:updatePlan', {
      id: w.id,
      patch: {
        groups: [
          { id: 'g1', name: 'Table 1' },
          { id: 'g2', name: 'Table 2' },
        ],
      },
    });
    expect(planned).toMatchObject({
      ok: true,
      data: { organisationId: org.id, venue: 'Board room', sessionMinutes: 120, facilitator: 'Facilitator' },
    });
    await h['workshops:capture']({
      id: w.id,
      capture: { kind: 'note', themeId: 'processes-and-organisation', groupId: 'g1', text: 'Consistency of membership' },
    });
    await h['workshops:capture']({ id: w.id, capture: { kind: 'rating', themeId: 'clear-vision', groupId: 'g1', value: 2 } });
    await h['workshops:capture']({ id: w.id, capture: { kind: 'rating', themeId: 'clear-vision', groupId: 'g2', value: 3 } });
    await h['workshops:capture']({ id: w.id, capture: { kind: 'rating', themeId: 'clear-vision', groupId: 'g2', value: 1 } });
    await h['workshops:capture']({ id: w.id, capture: { kind: 'topTip', groupId: 'g2', text: 'Keep at it!' } });
    await h['workshops:capture']({ id: w.id, capture: { kind: 'parkingLot', text: 'Car parking' } });
    await h['workshops:capture']({
      id: w.id,
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
    await h['workshops:capture']({
      id: w.id,
      capture: {
        kind: 'issue',
        issue: {
          title: 'Release time for reps',
          description: '',
          raisedBy: '',
          raisedOn: '2026-03-16',
          individualContractualDispute: false,
        },
      },
    });
    await reopen();
    const again = await h['workshops:get']({ id: w.id });
    expect(again.notes.map((n) => n.text)).toEqual(['Consistency of membership']);
    expect(again.ratings.map((r) => [r.groupId, r.value])).toEqual([
      ['g1', 2],
      ['g2', 1],
    ]);
    expect(again.topTips[0].text).toBe('Keep at it!');
    expect(again.parkingLot[0].text).toBe('Car parking');
    expect(again.actions[0]).toMatchObject({ what: 'Joint communications plan', status: 'amber', side: 'management' });
    expect(again.issues[0].title).toBe('Release time for reps');
    expect((await h['workshops:list']())[0]).toMatchObject({ openActions: 1, issues: 1 });
    const journal = (await readFile(path.join(dir, 'journal', `${w.id}.jsonl`), 'utf8')).trim().split('\n');
    expect(journal).toHaveLength(10);
  });

  it('refuses notes for themes or groups the workshop does not have, saving nothing', async () => {
    const w = await h['workshops:create']({ templateId: 'what-good-looks-like', details });
    await expect(
      h['workshops:capture']({ id: w.id, capture: { kind: 'note', themeId: 'nope', groupId: null, text: 'x' } }),
    ).rejects.toThrow(/theme is not part/);
    await expect(
      h['workshops:capture']({ id: w.id, capture: { kind: 'rating', themeId: 'clear-vision', groupId: 'g9', value: 2 } }),
    ).rejects.toThrow(/table group/);
    expect((await h['workshops:get']({ id: w.id })).notes).toEqual([]);
  });

  it('exposes actions and issues for the tracker and edits actions at their source', async () => {
    const w = await h['workshops:create']({ templateId: 'partnership-forum-meeting', details });
    const other = await h['workshops:create']({
      templateId: 'partnership-forum-meeting',
      details: { ...details, title: 'No actions here' },
    });
    const after = await h['workshops:capture']({
      id: w.id,
      capture: {
        kind: 'action',
        action: { what: 'Review terms of reference', owner: 'Chair', side: 'staff_side', dueDate: '2026-05-01', status: 'green' },
      },
    });
    await h['workshops:capture']({
      id: w.id,
      capture: {
        kind: 'issue',
        issue: { title: 'Contract dispute', description: '', raisedBy: '', raisedOn: '2026-03-16', individualContractualDispute: true },
      },
    });
    const actions = await h['workshops:listActions']();
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ workshopId: w.id, organisationId: null, label: `${details.title} (2026-03-16)` });
    const issues = await h['workshops:listIssues']();
    expect(issues.map((i) => i.workshopId)).toEqual([w.id]);
    expect(issues[0].issues[0]).toMatchObject({ title: 'Contract dispute', individualContractualDispute: true });
    const result = await dispatch(h, 'workshops:updateAction', {
      workshopId: w.id,
      actionId: after.actions[0].id,
      patch: { status: 'done' },
    });
    expect(result).toMatchObject({ ok: true, data: { status: 'done', owner: 'Chair', what: 'Review terms of reference' } });
    expect((await h['workshops:get']({ id: w.id })).actions[0]).toMatchObject({
      status: 'done',
      side: 'staff_side',
      dueDate: '2026-05-01',
    });
    expect((await h['workshops:list']()).find((s) => s.id === w.id)?.openActions).toBe(0);
    expect(other.actions).toEqual([]);
  });

  it('finds the previous workshop of the same partnership and template for comparison', async () => {
    const org = await h['organisations:create']({ name: 'Eastmoor', type: 'nhs_trust', region: 'North East', contacts: [] });
    const autumn = await h['workshops:create']({
      templateId: 'what-good-looks-like',
      details: { ...details, organisationId: org.id, date: '2025-10-01' },
    });
    await h['workshops:updatePlan']({ id: autumn.id, patch: { groups: [{ id: 'g1', name: 'Table 1' }] } });
    await h['workshops:capture']({ id: autumn.id, capture: { kind: 'rating', themeId: 'clear-vision', groupId: 'g1', value: 1 } });
    const spring = await h['workshops:create']({ templateId: 'what-good-looks-like', details: { ...details, organisationId: org.id } });
    const previous = await h['workshops:previous']({ id: spring.id });
    expect(previous).toMatchObject({ id: autumn.id, ratings: [{ themeId: 'clear-vision', value: 1 }] });
    expect(await h['workshops:previous']({ id: autumn.id })).toBeNull();
  });

  it('duplicates a built-in template into the workspace and edits the copy only', async () => {
    const copy = await h['workshops:duplicateTemplate']({ id: 'what-good-looks-like' });
    expect(copy).toMatchObject({ builtIn: false, basedOn: { id: 'what-good-looks-like', version: 1 } });
    const edited = await h['workshops:updateTemplate']({
      id: copy.id,
      draft: { ...copy, name: 'Our review', themes: copy.themes.slice(0, 2) },
    });
    expect(edited).toMatchObject({ name: 'Our review', version: 2 });
    await expect(h['workshops:updateTemplate']({ id: 'what-good-looks-like', draft: copy })).rejects.toThrow(/Duplicate a built-in/);
    await expect(
      h['workshops:updateTemplate']({ id: copy.id, draft: { ...copy, themes: [copy.themes[0], copy.themes[0]] } }),
    ).rejects.toThrow(/used twice/);
    await reopen();
    const templates = await h['workshops:templates']();
    expect(templates).toHaveLength(6);
    const w = await h['workshops:create']({ templateId: copy.id, details });
    expect(w.themes).toHaveLength(2);
    expect(w.templateVersion).toBe(2);
  });

  it('marks a workshop complete and deletes it into backups', async () => {
    const w = await h['workshops:create']({ templateId: 'go-award-introduction', details });
    expect((await h['workshops:setStatus']({ id: w.id, status: 'complete' })).completedAt).not.toBeNull();
    await h['workshops:delete']({ id: w.id });
    expect(await h['workshops:list']()).toEqual([]);
    await expect(h['workshops:get']({ id: w.id })).rejects.toThrow(/no longer exists/);
  });
});
