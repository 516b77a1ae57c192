import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import type { Services } from '../../../electron/services/index';
import type { OrganisationDraft } from '../../../shared/domain/organisation';
import { MINUTE, TestClock } from '../helpers/clock';
import { call, throwOnLog, useWorkspaces } from '../helpers/services';
import { useTempDirs } from '../helpers/temp-dirs';

const tempDir = useTempDirs();
const openWorkspace = useWorkspaces();

const leeds: OrganisationDraft = {
  name: 'Leeds LSP',
  type: 'school_lsp',
  region: 'Yorkshire and the Humber',
  contacts: [{ name: 'Ann Smith', role: 'Chair' }],
};
const bristol: OrganisationDraft = { name: 'Bristol City Council', type: 'local_authority', region: 'South West', contacts: [] };

/** The raw Result, for the failure cases: `call` would throw on them. */
const send = (services: Services, channel: string, input: unknown) => dispatch(services.handlers, channel, input, throwOnLog);

describe('organisations through dispatch', () => {
  it('create, list, get, update and delete; everything survives close and reopen', async () => {
    const dir = await tempDir();
    const clock = new TestClock();
    let services = await openWorkspace({ workspaceDir: dir, clock: clock.now });

    const a = await call(services, 'organisations:create', leeds);
    const b = await call(services, 'organisations:create', bristol);
    expect(a).toMatchObject({ ...leeds, createdAt: clock.now().toISOString(), updatedAt: clock.now().toISOString() });
    expect(a.id).not.toBe(b.id);
    // Listed by name, not by creation order.
    expect((await call(services, 'organisations:list')).map((o) => o.name)).toEqual(['Bristol City Council', 'Leeds LSP']);

    clock.advance(MINUTE);
    const renamed = await call(services, 'organisations:update', { id: a.id, draft: { ...leeds, name: 'Leeds Learning LSP' } });
    expect(renamed).toMatchObject({ id: a.id, name: 'Leeds Learning LSP', createdAt: a.createdAt, updatedAt: clock.now().toISOString() });
    expect(await call(services, 'organisations:delete', { id: b.id })).toEqual({ id: b.id });

    await services.close();
    services = await openWorkspace({ workspaceDir: dir });

    expect(await call(services, 'organisations:list')).toEqual([renamed]);
    expect(await call(services, 'organisations:get', { id: a.id })).toEqual(renamed);
    expect(await call(services, 'workspace:info')).toMatchObject({ dir, notices: [] });
  });
});

describe('invalid input', () => {
  const cases: { title: string; channel: string; input: unknown; mentions: string }[] = [
    { title: 'an empty name', channel: 'organisations:create', input: { ...leeds, name: '' }, mentions: 'An organisation needs a name' },
    {
      title: 'a name of spaces',
      channel: 'organisations:create',
      input: { ...leeds, name: '   ' },
      mentions: 'An organisation needs a name',
    },
    { title: 'an unknown type', channel: 'organisations:create', input: { ...leeds, type: 'charity' }, mentions: 'type' },
    { title: 'an unknown region', channel: 'organisations:create', input: { ...leeds, region: 'Scotland' }, mentions: 'region' },
    {
      title: 'a contact with no name',
      channel: 'organisations:create',
      input: { ...leeds, contacts: [{ name: '', role: '' }] },
      mentions: 'A contact needs a name',
    },
    { title: 'a string instead of a draft', channel: 'organisations:create', input: 'garbage', mentions: 'object' },
    { title: 'null instead of a draft', channel: 'organisations:create', input: null, mentions: 'object' },
    { title: 'a malformed id', channel: 'organisations:get', input: { id: '../../etc/passwd' }, mentions: 'not a valid id' },
    { title: 'no id at all', channel: 'organisations:delete', input: {}, mentions: 'id' },
    { title: 'an unknown channel', channel: 'organisations:explode', input: {}, mentions: 'Unknown channel organisations:explode' },
    { title: 'a prototype key as channel', channel: 'toString', input: undefined, mentions: 'Unknown channel toString' },
  ];

  it.each(cases)('$title → invalid_input with a readable message', async ({ channel, input, mentions }) => {
    const services = await openWorkspace({ workspaceDir: await tempDir() });

    const result = await send(services, channel, input);

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringContaining(mentions),
        key: expect.stringMatching(/^(invalidRequest|unknownChannel)$/),
        values: expect.any(Object),
      },
    });
    expect(await call(services, 'organisations:list')).toEqual([]);
  });

  it('drops unknown extra fields instead of saving them', async () => {
    const dir = await tempDir();
    const services = await openWorkspace({ workspaceDir: dir });

    const result = await send(services, 'organisations:create', { ...leeds, id: 'chosen-by-caller', isAdmin: true });

    // zod objects strip unknown keys: the caller cannot smuggle fields (or its own id) onto disk.
    expect(result.ok).toBe(true);
    const [saved] = await call(services, 'organisations:list');
    expect(saved.id).not.toBe('chosen-by-caller');
    expect(await readFile(path.join(dir, 'casebook.json'), 'utf8')).not.toContain('isAdmin');
  });
});

describe('missing organisations', () => {
  const missing = 'no-such-organisation';
  const cases: { channel: string; input: unknown }[] = [
    { channel: 'organisations:get', input: { id: missing } },
    { channel: 'organisations:update', input: { id: missing, draft: leeds } },
    { channel: 'organisations:delete', input: { id: missing } },
  ];

  it.each(cases)('$channel of a missing id → not_found, nothing written', async ({ channel, input }) => {
    const dir = await tempDir();
    const services = await openWorkspace({ workspaceDir: dir });
    await call(services, 'organisations:create', bristol);
    const before = await readFile(path.join(dir, 'casebook.json'), 'utf8');

    const result = await send(services, channel, input);

    expect(result).toEqual({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/no longer exists/), key: 'organisationGone', values: {} },
    });
    expect(await readFile(path.join(dir, 'casebook.json'), 'utf8')).toBe(before);
  });
});
