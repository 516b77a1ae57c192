import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseSchema, type CaseRecord } from '../../../shared/domain/case';
import { blankCase } from '../../../shared/domain/case-rules';
import { goAwardV1 } from '../../../shared/frameworks';
import { decodeBundle, encodeBundle, validateCaseJson } from '../../../electron/services/cases/bundle';
import { sha256 } from '../../../electron/services/cases/attachments';
import { newCase, openWorkspace, type TestWorkspace } from './helpers';

const base = (): CaseRecord =>
  blankCase({
    id: 'case-1',
    organisationId: 'org-1',
    organisationName: 'Northvale Borough Council',
    assessor: 'A',
    framework: goAwardV1,
    now: '2026-01-01T09:00:00.000Z',
  });

/** Sets `value` at a random place inside a JSON tree. */
function mutateAt(tree: unknown, pathPick: number[], value: unknown): unknown {
  if (pathPick.length === 0 || typeof tree !== 'object' || tree === null) return value;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(tree) ? [...tree] : { ...(tree as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return value;
  const key = keys[pathPick[0] % keys.length];
  (copy as Record<string, unknown>)[key] = mutateAt((copy as Record<string, unknown>)[key], pathPick.slice(1), value);
  return copy;
}

describe('case file validation (property tests)', () => {
  it('any JSON value gives a typed refusal or a valid case, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const result = validateCaseJson(raw);
        if (result.ok) expect(caseSchema.safeParse(result.value).success).toBe(true);
        else expect(result.error.code).toBe('invalid_input');
      }),
      { numRuns: 500 },
    );
  });

  it('a valid case damaged anywhere gives a typed refusal or a valid case', () => {
    const valid = JSON.parse(JSON.stringify(base())) as unknown;
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 6 }), fc.jsonValue(), (where, value) => {
        const result = validateCaseJson(mutateAt(valid, where, value));
        if (result.ok) expect(caseSchema.parse(result.value)).toEqual(result.value);
        else expect(typeof result.error.message).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('any bytes give a typed refusal, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const result = await decodeBundle(bytes);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a zip of arbitrary entries is refused without a throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.oneof(
            fc.constantFrom('manifest.json', 'case.json', 'journal.jsonl', `attachments/${'0'.repeat(64)}`),
            fc.stringMatching(/^[a-z][a-z0-9/._-]{0,19}$/),
          ),
          fc.oneof(fc.json(), fc.string()),
        ),
        async (entries) => {
          const zip = zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)])));
          expect((await decodeBundle(zip)).ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('export → import round-trips exactly, whatever the text in the case', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          rationale: fc.string({ maxLength: 300 }),
          note: fc.string(),
          source: fc.string({ maxLength: 200 }).map((s) => s.trim()),
          name: fc.string({ maxLength: 200 }).map((s) => s.trim()),
        }),
        fc.uint8Array({ minLength: 1, maxLength: 500 }),
        async (text, bytes) => {
          const record = base();
          record.assessment.criteria.C3.rationale = text.rationale;
          const hash = sha256(bytes);
          record.assessment.evidence.push({
            id: 'e1',
            kind: 'document',
            source: text.source,
            date: '2026-11-20',
            note: text.note,
            criteria: ['C3'],
            attachments: [{ sha256: hash, name: 'file.bin', size: bytes.length, mediaType: 'application/octet-stream' }],
            createdAt: '2026-11-20T10:00:00.000Z',
          });
          record.assessment.interviews.push({
            id: 'i1',
            at: '2026-11-20T10:05:00.000Z',
            name: text.name,
            role: '',
            group: 'learner',
            notes: text.note,
            criteria: ['C1'],
          });
          const bundle = { record, organisation: null, journalText: '', attachments: new Map([[hash, bytes]]) };
          const decoded = await decodeBundle(encodeBundle(bundle, '2026-11-20T11:00:00.000Z', 'Tester'));
          // The stored case.json bytes ride along for the seal check; the rest must round-trip exactly.
          const { caseJson: _stored, seal: _seal, ...value } = decoded.ok ? decoded.value : { caseJson: null, seal: null };
          expect(value).toEqual(bundle);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('export and import between workspaces', () => {
  let a: TestWorkspace;
  let b: TestWorkspace;
  beforeEach(async () => {
    a = await openWorkspace();
    b = await openWorkspace();
  });
  afterEach(async () => {
    await a.close();
    await b.close();
  });

  async function exportedCase() {
    const { record } = await newCase(a);
    const caseId = record.id;
    await a.call('cases:updateCriterion', {
      caseId,
      criterionId: 'C4',
      patch: { judgement: 'met', rationale: 'Everyone is offered a diagnostic.' },
    });
    const { id } = await a.call('cases:addEvidence', { caseId, draft: { kind: 'data', source: 'HR', criteria: ['C4'] } });
    a.picks.push([path.resolve(import.meta.dirname, '../../../resources/screenshots/settings.png')]);
    await a.call('cases:attachFiles', { caseId, evidenceId: id });
    const target = path.join(a.dir, 'northvale.casebook-case');
    a.saves.push(target);
    const exported = await a.call('cases:export', { id: caseId });
    expect(exported?.path).toBe(target);
    return { caseId, file: target, original: await a.call('cases:get', { id: caseId }) };
  }

  it('imports a case with its attachments, organisation and verified history', async () => {
    const { caseId, file, original } = await exportedCase();
    b.picks.push([file]);
    const preview = await b.call('cases:importPick');
    expect(preview).toMatchObject({
      caseId,
      organisationName: 'Northvale Borough Council',
      exists: false,
      evidenceCount: 1,
      attachmentCount: 1,
    });
    const imported = await b.call('cases:importCommit', { token: preview!.token, mode: 'new' });
    // The import is a saved change of its own: one revision on from the exported case.
    expect({ ...imported, updatedAt: '' }).toEqual({ ...original, updatedAt: '', revision: original.revision + 1 });
    expect((await b.call('organisations:list')).map((o) => o.name)).toEqual(['Northvale Borough Council']);
    const sha = original.assessment.evidence[0].attachments[0].sha256;
    expect(await readFile(path.join(b.dir, 'attachments', sha))).toEqual(await readFile(path.join(a.dir, 'attachments', sha)));
    expect(await b.call('cases:verifyJournal', { id: caseId })).toMatchObject({ ok: true });
    const history = await b.call('cases:history', { id: caseId });
    expect(history.at(-1)?.summary).toContain('Case imported');
    expect(history.some((e) => e.summary === 'Criterion C4 judged met' || e.summary.startsWith('Criterion C4'))).toBe(true);
  });

  it('keeps both or replaces when the case already exists', async () => {
    const { caseId, file } = await exportedCase();
    a.picks.push([file]);
    const preview = await a.call('cases:importPick');
    expect(preview?.exists).toBe(true);
    expect((await a.fail('cases:importCommit', { token: preview!.token, mode: 'new' })).code).toBe('conflict');
    const copy = await a.call('cases:importCommit', { token: preview!.token, mode: 'keep_both' });
    expect(copy.id).not.toBe(caseId);
    expect((await a.call('cases:list')).length).toBe(2);

    await a.call('cases:updateCriterion', { caseId, criterionId: 'C1', patch: { judgement: 'not_yet_met' } });
    a.picks.push([file]);
    const again = await a.call('cases:importPick');
    const replaced = await a.call('cases:importCommit', { token: again!.token, mode: 'replace' });
    expect(replaced.id).toBe(caseId);
    expect(replaced.assessment.criteria.C1.judgement).toBe('not_assessed');
    expect(await a.call('cases:verifyJournal', { id: caseId })).toMatchObject({ ok: true });
    expect((await a.call('cases:history', { id: caseId })).at(-1)?.summary).toContain('replaced');
  });

  it('a case imported again after it was deleted is the imported case, not the deleted copy from its backups', async () => {
    const { caseId, file } = await exportedCase();
    await a.call('cases:updateCriterion', { caseId, criterionId: 'C1', patch: { judgement: 'not_yet_met' } });
    // Closing writes the file; opening it again keeps a backup of the changed case.
    await a.reopen();
    expect((await a.call('cases:get', { id: caseId })).assessment.criteria.C1.judgement).toBe('not_yet_met');
    expect((await readdir(path.join(a.dir, 'backups'), { recursive: true })).some((f) => f.includes(caseId))).toBe(true);
    await a.call('cases:delete', { id: caseId });

    a.picks.push([file]);
    const preview = await a.call('cases:importPick');
    expect(preview?.exists).toBe(false);
    const imported = await a.call('cases:importCommit', { token: preview!.token, mode: 'new' });
    expect(imported.assessment.criteria.C1.judgement).toBe('not_assessed');
    await a.reopen();
    expect((await a.call('cases:get', { id: caseId })).assessment.criteria.C1.judgement).toBe('not_assessed');
  });

  it('refuses a tampered file with a clear message and changes nothing', async () => {
    const { file } = await exportedCase();
    const files = unzipSync(await readFile(file));
    const journal = new TextDecoder().decode(files['journal.jsonl']).replace('Case opened', 'Case created');
    files['journal.jsonl'] = strToU8(journal);
    const tampered = path.join(a.dir, 'tampered.casebook-case');
    await writeFile(tampered, zipSync(files));
    const before = await readdir(b.dir, { recursive: true });
    b.picks.push([tampered]);
    const error = await b.fail('cases:importPick');
    expect(error.message).toMatch(/history was altered: line 1/);
    b.picks.push([path.resolve(import.meta.dirname, '../../../package.json')]);
    expect((await b.fail('cases:importPick')).message).toContain('not a Casebook case file');
    expect(await readdir(b.dir, { recursive: true })).toEqual(before);
    expect(await b.call('cases:list')).toEqual([]);
  });
});
