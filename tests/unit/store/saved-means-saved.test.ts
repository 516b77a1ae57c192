import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import type { Services } from '../../../electron/services/index';
import { FaultyFs } from '../helpers/faulty-fs';
import { expectConsistent } from '../helpers/invariants';
import { call, useWorkspaces } from '../helpers/services';
import { useTempDirs } from '../helpers/temp-dirs';

const tempDir = useTempDirs();
const openWorkspace = useWorkspaces();
const clock = () => new Date('2026-05-10T09:00:00.000Z');

async function workspaceWithCases(count: number): Promise<{ dir: string; services: Services; ids: string[] }> {
  const dir = await tempDir();
  const services = await openWorkspace({ workspaceDir: dir, clock });
  const org = await call(services, 'organisations:create', {
    name: 'Northvale Borough Council',
    type: 'local_authority',
    region: 'London',
  });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await call(services, 'cases:create', { organisationId: org.id })).id);
  return { dir, services, ids };
}

describe('one schema at every boundary', () => {
  it('refuses an action whose issueId is not an id, at the door, and the workspace reopens whole', async () => {
    const { dir, services, ids } = await workspaceWithCases(2);
    const org = (await call(services, 'organisations:list'))[0];
    const result = await dispatch(services.handlers, 'actions:create', {
      organisationId: org.id,
      what: 'Agree terms',
      issueId: 'not an id!',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await services.close();
    const again = await openWorkspace({ workspaceDir: dir, clock });
    expect((await call(again, 'workspace:info')).notices).toEqual([]);
    expect((await call(again, 'cases:list')).map((c) => c.id).sort()).toEqual([...ids].sort());
  });

  it('refuses a change that would leave casebook.json invalid before it touches the disk', async () => {
    const { dir, services } = await workspaceWithCases(1);
    const before = await readFile(path.join(dir, 'casebook.json'), 'utf8');
    const error = await services.context.index
      .update((data) => {
        (data.organisations[0] as { id: string }).id = 'not an id!';
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('organisations.0.id') });
    expect(await readFile(path.join(dir, 'casebook.json'), 'utf8')).toBe(before);
    expect(services.context.index.data.organisations[0].id).not.toBe('not an id!');
  });

  it('dispatch refuses a handler answer outside its contract (tests and development)', async () => {
    const { services } = await workspaceWithCases(0);
    const logged: unknown[] = [];
    const handlers = { ...services.handlers, 'organisations:list': async () => [{ name: 42 }] } as unknown as Services['handlers'];
    const result = await dispatch(handlers, 'organisations:list', undefined, (e) => logged.push(e));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(String(logged[0])).toContain('answered outside its contract');
  });
});

describe('the index is derived from the record files', () => {
  it('lists every case after casebook.json is damaged, even with no backup newer than the cases', async () => {
    const { dir, services, ids } = await workspaceWithCases(5);
    await services.close();
    await writeFile(path.join(dir, 'casebook.json'), '{"schemaVersion":1,"caseSummaries":[{"id":');
    const again = await openWorkspace({ workspaceDir: dir, clock });
    expect((await call(again, 'cases:list')).map((c) => c.id).sort()).toEqual([...ids].sort());
    await expectConsistent(again);
  });

  it('drops a summary whose file is gone and adds one whose file has none', async () => {
    const { dir, services, ids } = await workspaceWithCases(2);
    await services.close();
    const index = JSON.parse(await readFile(path.join(dir, 'casebook.json'), 'utf8')) as { caseSummaries: { id: string }[] };
    index.caseSummaries = [{ ...index.caseSummaries[0], id: 'ghost-case' }];
    await writeFile(path.join(dir, 'casebook.json'), JSON.stringify(index));
    const again = await openWorkspace({ workspaceDir: dir, clock });
    expect((await call(again, 'cases:list')).map((c) => c.id).sort()).toEqual([...ids].sort());
  });
});

describe('journal tails', () => {
  it('sets a torn last line aside with a notice, not as tampering, and later saves chain on', async () => {
    const { dir, services, ids } = await workspaceWithCases(1);
    await services.close();
    const journal = path.join(dir, 'journal', `${ids[0]}.jsonl`);
    await appendFile(journal, '{"seq":1,"at":"2026-05-10T09:00:00.000Z","actor":{"na');
    const again = await openWorkspace({ workspaceDir: dir, clock });
    const notices = (await call(again, 'workspace:info')).notices;
    expect(notices).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringContaining('half written') })]);
    expect(await call(again, 'cases:verifyJournal', { id: ids[0] })).toEqual({ ok: true, entries: 1 });
    await call(again, 'cases:addSignatory', { caseId: ids[0], draft: { name: 'Ann', role: 'lead_officer' } });
    expect(await call(again, 'cases:verifyJournal', { id: ids[0] })).toEqual({ ok: true, entries: 2 });
    expect((await readdir(path.join(dir, 'journal'))).some((n) => n.includes('.set-aside-'))).toBe(true);
  });

  it('a garbage last line ending in a newline does not make later saves fail', async () => {
    const { dir, services, ids } = await workspaceWithCases(1);
    await appendFile(path.join(dir, 'journal', `${ids[0]}.jsonl`), 'garbage that is not an entry\n');
    services.context.journals.forget(ids[0]);
    // Even before a reopen repairs it, a save must not fail with "internal".
    await call(services, 'cases:addSignatory', { caseId: ids[0], draft: { name: 'Ann', role: 'lead_officer' } });
    await services.close();
    const again = await openWorkspace({ workspaceDir: dir, clock });
    await call(again, 'cases:addSignatory', { caseId: ids[0], draft: { name: 'Bob', role: 'lead_officer' } });
    expect((await call(again, 'cases:get', { id: ids[0] })).signUp.signatories.map((s) => s.name)).toEqual(['Ann', 'Bob']);
  });

  it('a line whose change never reached the case file is set aside at open (journal first, file second)', async () => {
    const { dir, services, ids } = await workspaceWithCases(1);
    const ctx = services.context;
    await ctx.journals.append(ids[0], { kind: 'case.signatory.added', summary: 'Never saved', details: { revision: 99 } });
    await services.close();
    const again = await openWorkspace({ workspaceDir: dir, clock });
    expect((await call(again, 'cases:history', { id: ids[0] })).map((e) => e.summary)).not.toContain('Never saved');
    await expectConsistent(again);
  });
});

describe('a full disk or failing disk at each write of a change', () => {
  const points = ['open', 'writeFile', 'sync', 'folderSync', 'rename'] as const;
  for (const code of ['ENOSPC', 'EIO']) {
    for (const point of points) {
      for (let nth = 1; nth <= 6; nth++) {
        it(`${code} at the ${nth}. ${point}: the answer, the files and the journal agree`, async () => {
          const dir = await tempDir();
          const faulty = new FaultyFs();
          const services = await openWorkspace({ workspaceDir: dir, clock, fs: faulty.fs });
          const org = await call(services, 'organisations:create', { name: 'Leeds LSP', type: 'school_lsp', region: 'London' });
          // A copy: in-process answers share objects with the open document.
          const kept = structuredClone(await call(services, 'cases:create', { organisationId: org.id }));
          // Let the first nth-1 writes at this point through, then fail one.
          faulty.failAt(code, point, 1, nth - 1);
          const created = await dispatch(services.handlers, 'cases:create', { organisationId: org.id }, () => undefined);
          const changed = await dispatch(
            services.handlers,
            'cases:addSignatory',
            { caseId: kept.id, draft: { name: 'Ann', role: 'lead_officer' } },
            () => undefined,
          );
          faulty.heal();
          if (faulty.injected === 0) return; // fewer than nth writes at this point: nothing to test
          if (!created.ok) expect(['disk_full', 'io_error']).toContain(created.error.code);
          await services.close();
          const again = await openWorkspace({ workspaceDir: dir, clock });
          const revisions = await expectConsistent(again);
          const listed = (await call(again, 'cases:list')).map((c) => c.id);
          // A create that failed left no orphan; one that succeeded is listed.
          if (created.ok) expect(listed).toContain((created.data as { id: string }).id);
          else expect(listed).toEqual([kept.id]);
          const signatories = (await call(again, 'cases:get', { id: kept.id })).signUp.signatories;
          if (changed.ok) expect(signatories.map((s) => s.name)).toEqual(['Ann']);
          else expect(signatories).toEqual([]);
          expect(revisions.get(kept.id)).toBe(changed.ok ? kept.revision + 1 : kept.revision);
        });
      }
    }
  }
});
