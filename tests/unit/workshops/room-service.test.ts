import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services';
import { addOrganisation, openServices, type Opened } from '../helpers/open-services';

let app: Opened;
beforeEach(async () => {
  app = await openServices();
});
afterEach(async () => app.close());

async function workshop(organisationId: string | null = null) {
  return app.call('workshops:create', {
    templateId: 'what-good-looks-like',
    details: { title: 'Partnership review — Spring', organisationId, date: '2026-03-16', startTime: '10:00' },
  });
}

describe('the workshop room on real services', () => {
  it('projects a chosen theme and note, never a confidential note, and keeps the choice across a restart', async () => {
    const w = await workshop();
    const theme = w.themes[1];
    await app.call('workshops:capture', {
      id: w.id,
      capture: { kind: 'note', themeId: theme.id, groupId: null, text: 'Communicate early — no surprises' },
    });
    const after = await app.call('workshops:capture', {
      id: w.id,
      capture: { kind: 'note', themeId: theme.id, groupId: null, text: 'A colleague’s grievance', confidential: true },
    });
    const [open, secret] = after.notes;
    expect(secret.confidential).toBe(true);
    expect(after.room).toEqual({ themeId: null, noteId: null, chime: true });

    const refused = await app.fail('workshops:updateRoom', { id: w.id, patch: { noteId: secret.id } });
    expect(refused).toMatchObject({ code: 'conflict', message: 'That note is confidential, so it is never shown on the projector.' });
    expect((await app.fail('workshops:updateRoom', { id: w.id, patch: { themeId: 'not-a-theme' } })).code).toBe('invalid_input');

    await app.call('workshops:updateRoom', { id: w.id, patch: { themeId: theme.id, noteId: open.id } });
    await app.call('workshops:updateRoom', { id: w.id, patch: { chime: false } });
    await app.reopen();
    expect((await app.call('workshops:get', { id: w.id })).room).toEqual({ themeId: theme.id, noteId: open.id, chime: false });
    // Without a desktop shell (this test, the browser host) there is no second window to open.
    expect(await app.call('workshops:openAudience', { id: w.id })).toEqual({ opened: false });
  });

  it('a parking-lot point can be confidential; an old workshop file without the new fields still loads', async () => {
    const w = await workshop();
    const after = await app.call('workshops:capture', {
      id: w.id,
      capture: { kind: 'parkingLot', text: 'Car parking', confidential: true },
    });
    expect(after.parkingLot[0]).toMatchObject({ text: 'Car parking', confidential: true });
    const plain = await app.call('workshops:capture', { id: w.id, capture: { kind: 'note', themeId: null, groupId: null, text: 'Plain' } });
    expect(plain.notes[0].confidential).toBe(false);
  });

  it('options tried in the room reach the issue log as local options; a repeat is refused in the room and in the log', async () => {
    const org = await addOrganisation(app);
    const w = await workshop(org.id);
    const repeated = await app.fail('workshops:capture', {
      id: w.id,
      capture: {
        kind: 'issue',
        issue: { title: 'Release time for reps', raisedOn: '2026-03-16', optionsTried: ['Asked HR for cover', ' asked hr for COVER '] },
      },
    });
    expect(repeated.message).toBe('“asked hr for COVER” is listed twice under options tried. Remove the repeat; nothing was saved.');
    expect((await app.call('workshops:get', { id: w.id })).issues).toEqual([]);

    await app.call('workshops:capture', {
      id: w.id,
      capture: {
        kind: 'issue',
        issue: { title: 'Release time for reps', raisedOn: '2026-03-16', optionsTried: ['Asked HR for cover', ' Raised at JNCC '] },
      },
    });
    const log = await app.call('issues:list', {});
    expect(log.issues).toHaveLength(1);
    const logged = log.issues[0];
    expect(logged.options.map((o) => [o.description, o.level, o.exhausted])).toEqual([
      ['Asked HR for cover', 'local', false],
      ['Raised at JNCC', 'local', false],
    ]);

    const dup = await app.fail('issues:recordOption', { id: logged.id, description: '  asked   hr for cover' });
    expect(dup).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('“Asked HR for cover” is already recorded as an option tried at local level'),
    });
    const third = await app.call('issues:recordOption', { id: logged.id, description: 'Asked the regional forum for advice' });
    expect(third.options).toHaveLength(3);
    // Saving the workshop again never logs the issue twice.
    await app.call('workshops:setStatus', { id: w.id, status: 'complete' });
    expect((await app.call('issues:list', {})).issues).toHaveLength(1);
  });

  it('the log refuses a raised issue whose options repeat', async () => {
    const org = await addOrganisation(app);
    const failed = await app.fail('issues:raise', {
      organisationId: org.id,
      title: 'Facility time',
      raisedOn: '2026-03-16',
      optionsTried: ['Mediation', 'MEDIATION'],
    });
    expect(failed.code).toBe('invalid_input');
    expect((await app.call('issues:list', {})).issues).toEqual([]);
  });
});

describe('opening the projector window', () => {
  it('asks the desktop shell to open the audience window of an existing workshop only', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'casebook-room-'));
    const asked: string[] = [];
    const services = await createServices({ workspaceDir: dir, shell: { openAudience: async (id) => (asked.push(id), true) } });
    try {
      const h = services.handlers;
      const w = await h['workshops:create']({
        templateId: 'what-good-looks-like',
        details: {
          title: 'Spring',
          organisationId: null,
          date: '2026-03-16',
          venue: '',
          startTime: '10:00',
          sessionMinutes: null,
          facilitator: '',
        },
      });
      expect(await h['workshops:openAudience']({ id: w.id })).toEqual({ opened: true });
      await expect(h['workshops:openAudience']({ id: 'missing' })).rejects.toThrow();
      expect(asked).toEqual([w.id]);
    } finally {
      await services.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
