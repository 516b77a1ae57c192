import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addOrganisation, openServices, type Opened } from '../helpers/open-services';

let app: Opened;
beforeEach(async () => {
  app = await openServices();
});
afterEach(async () => app.close());

const raise = (organisationId: string, patch: Record<string, unknown> = {}) =>
  app.call('issues:raise', {
    organisationId,
    title: 'Release time for reps during reorganisation',
    description: 'Reps cannot attend consultation meetings.',
    raisedBy: 'Staff side',
    raisedOn: '2026-02-01',
    ...patch,
  });

describe('issue-resolution log service', () => {
  it('escalates local → regional only after the local options are recorded and exhausted, and it survives a restart', async () => {
    await app.call('settings:updateProfile', { name: 'Gareth Example', role: 'facilitator', organisation: '' });
    const org = await addOrganisation(app);
    const raised = await raise(org.id);
    if (raised.outcome !== 'logged') throw new Error('expected logged');
    const id = raised.issue.id;
    expect(raised.issue.level).toBe('local');

    expect((await app.fail('issues:escalate', { id })).message).toMatch(/Record the options tried/);
    const withOption = await app.call('issues:recordOption', { id, description: 'Raised with HR business partner; cover not funded' });
    expect(withOption.options[0]).toMatchObject({ level: 'local', exhausted: false, recordedBy: 'Gareth Example' });
    expect((await app.fail('issues:escalate', { id })).message).toMatch(/exhausted/);

    await app.call('issues:setOptionExhausted', { id, optionId: withOption.options[0].id, exhausted: true });
    const escalated = await app.call('issues:escalate', { id });
    expect(escalated.level).toBe('regional');
    expect(escalated.escalations).toEqual([{ from: 'local', to: 'regional', at: '2026-05-10T09:00:00.000Z', by: 'Gareth Example' }]);
    // Regional needs its own options: the local ones do not count.
    expect((await app.fail('issues:escalate', { id })).message).toMatch(/Record the options tried/);
    expect((await app.fail('issues:setOptionExhausted', { id, optionId: withOption.options[0].id, exhausted: false })).code).toBe(
      'conflict',
    );

    await app.reopen();
    const log = await app.call('issues:list', { organisationId: org.id });
    expect(log.issues[0]).toMatchObject({ level: 'regional', options: [{ exhausted: true }] });
  });

  it('refuses an individual contractual dispute with the reason and keeps its text as a note', async () => {
    const org = await addOrganisation(app);
    const text = 'A colleague disputes the hours in her contract after the restructure.';
    const result = await raise(org.id, { title: 'Contract hours', description: text, individualContractualDispute: true });
    expect(result.outcome).toBe('refused');
    if (result.outcome !== 'refused') return;
    expect(result.message).toMatch(/casework/);
    expect(result.note.text).toBe(text);

    await app.reopen();
    const log = await app.call('issues:list', { organisationId: org.id });
    expect(log.issues).toEqual([]);
    expect(log.notes).toMatchObject([{ title: 'Contract hours', text, kind: 'refused_contractual_dispute' }]);
    const onDisk = JSON.parse(await readFile(path.join(app.workspaceDir, 'casebook.json'), 'utf8')) as {
      organisationNotes: { text: string }[];
    };
    expect(onDisk.organisationNotes[0].text).toBe(text);
  });

  it('a resolved issue needs an outcome, cannot escalate, and can be reopened', async () => {
    const org = await addOrganisation(app);
    const raised = await raise(org.id);
    if (raised.outcome !== 'logged') throw new Error('expected logged');
    const id = raised.issue.id;
    expect((await app.fail('issues:resolve', { id, outcome: '  ', resolvedOn: '2026-05-10' })).message).toMatch(/outcome/);
    const option = await app.call('issues:recordOption', { id, description: 'Talked it through' });
    await app.call('issues:setOptionExhausted', { id, optionId: option.options[0].id, exhausted: true });
    await app.call('issues:resolve', { id, outcome: 'Cover agreed for rep meetings', resolvedOn: '2026-05-10' });
    expect((await app.fail('issues:escalate', { id })).message).toMatch(/resolved/);
    expect((await app.call('issues:reopen', { id })).resolvedOn).toBeNull();
  });

  it('an organisation with issues or notes cannot be deleted (nothing recorded about it is lost)', async () => {
    const org = await addOrganisation(app);
    await raise(org.id);
    await raise(org.id, { title: 'Contract hours', individualContractualDispute: true });
    const error = await app.fail('organisations:delete', { id: org.id });
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringContaining('1 issue, 1 note') });
    expect(await app.call('organisations:list')).toHaveLength(1);
  });

  it('an organisation with issues or notes cannot be deleted (nothing recorded about it is lost)', async () => {
    const org = await addOrganisation(app);
    await raise(org.id);
    await raise(org.id, { title: 'Contract hours', individualContractualDispute: true });
    const error = await app.fail('organisations:delete', { id: org.id });
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringContaining('1 issue, 1 note') });
    expect(await app.call('organisations:list')).toHaveLength(1);
  });

  it('logs an issue raised in a workshop once, however often it is sent', async () => {
    const org = await addOrganisation(app);
    const origin = { kind: 'workshop' as const, id: 'w1', key: 'issue-1' };
    const first = await raise(org.id, { origin });
    const second = await raise(org.id, { origin });
    if (first.outcome !== 'logged' || second.outcome !== 'logged') throw new Error('expected logged');
    expect(second.issue.id).toBe(first.issue.id);
    expect((await app.call('issues:list', {})).issues).toHaveLength(1);
  });
});
