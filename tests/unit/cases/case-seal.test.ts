import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyJournalText } from '../../../electron/services/cases/bundle';
import { hashEntry } from '../../../electron/services/journal/journal';
import { closeWorkers } from '../../../electron/services/workers/pool';
import { newCase, openWorkspace, type TestWorkspace } from './helpers';

/*
 * Signed case files: the exporter's identity signs case, journal and attachment hashes; the
 * importer sees who exported it and whether they are known; a rewritten history fails even
 * with its hash chain recomputed; files from older versions import, marked unsigned.
 */

let a: TestWorkspace;
let b: TestWorkspace;
const draft = {
  name: 'Priya Shah',
  role: 'Peer assessor',
  organisation: 'Eastmoor Regional Employers',
  email: 'priya@example.org',
  passphrase: 'correct horse battery',
};

beforeEach(async () => {
  a = await openWorkspace();
  b = await openWorkspace();
});
afterEach(async () => {
  await a.close();
  await b.close();
});
afterAll(() => closeWorkers());

async function exported(withIdentity = true) {
  if (withIdentity) await a.call('signing:create', { draft });
  const { record } = await newCase(a);
  await a.call('cases:updateCriterion', {
    caseId: record.id,
    criterionId: 'C4',
    patch: { judgement: 'met', rationale: 'Everyone is offered a diagnostic.' },
  });
  const file = path.join(a.dir, 'northvale.casebook-case');
  a.saves.push(file);
  await a.call('cases:export', { id: record.id });
  return file;
}

/** Rewrites the first journal line and recomputes the whole hash chain, as a careful forger would. */
function forgeJournal(text: string): string {
  let prev = '0'.repeat(64);
  const lines = text
    .split('\n')
    .filter(Boolean)
    .map((line, i) => {
      const { hash: _old, ...entry } = JSON.parse(line);
      const body = { ...entry, prevHash: prev, summary: i === 0 ? 'Case opened by someone else' : entry.summary };
      const hash = hashEntry(body);
      prev = hash;
      return JSON.stringify({ ...body, hash });
    });
  return `${lines.join('\n')}\n`;
}

describe('signed case files', () => {
  it('shows who exported the file, unknown until their certificate is added, then known', async () => {
    const file = await exported();
    b.picks.push([file]);
    expect((await b.call('cases:importPick'))?.seal).toMatchObject({ signed: true, signerName: 'Priya Shah', knownAs: null });
    const mine = path.join(a.dir, 'priya.cer');
    a.saves.push(mine);
    await a.call('trust:exportOwnCertificate');
    await b.call('trust:add', { der: (await readFile(mine)).toString('base64'), kind: 'colleague' });
    b.picks.push([file]);
    const preview = await b.call('cases:importPick');
    expect(preview?.seal).toMatchObject({ signed: true, knownAs: 'Priya Shah', warning: null });
    await b.call('cases:importCommit', { token: preview?.token ?? '', mode: 'new' });
  });

  it('refuses a journal rewritten with a recomputed hash chain', async () => {
    const file = await exported();
    const files = unzipSync(await readFile(file));
    const forged = forgeJournal(strFromU8(files['journal.jsonl']));
    expect(verifyJournalText(forged).ok).toBe(true);
    files['journal.jsonl'] = strToU8(forged);
    const tampered = path.join(a.dir, 'forged.casebook-case');
    await writeFile(tampered, zipSync(files));
    b.picks.push([tampered]);
    expect((await b.fail('cases:importPick')).message).toMatch(/changed after it was signed: its history/);
    expect(await b.call('cases:list')).toEqual([]);
  });

  it('refuses a changed case even when the journal is untouched', async () => {
    const file = await exported();
    const files = unzipSync(await readFile(file));
    files['case.json'] = strToU8(
      strFromU8(files['case.json']).replace('Everyone is offered a diagnostic.', 'Nobody is offered a diagnostic.'),
    );
    const tampered = path.join(a.dir, 'changed.casebook-case');
    await writeFile(tampered, zipSync(files));
    b.picks.push([tampered]);
    expect((await b.fail('cases:importPick')).message).toMatch(/changed after it was signed: the case/);
  });

  it('imports an unsigned file from an older version, marked unsigned', async () => {
    const file = await exported(false);
    expect(Object.keys(unzipSync(await readFile(file)))).not.toContain('signature.json');
    b.picks.push([file]);
    const preview = await b.call('cases:importPick');
    expect(preview?.seal).toMatchObject({ signed: false });
    await b.call('cases:importCommit', { token: preview?.token ?? '', mode: 'new' });
    expect(await b.call('cases:list')).toHaveLength(1);
  });

  it('a file whose seal was removed imports only as unsigned, never as signed', async () => {
    const file = await exported();
    const files = unzipSync(await readFile(file));
    delete files['signature.json'];
    const stripped = path.join(a.dir, 'stripped.casebook-case');
    await writeFile(stripped, zipSync(files));
    b.picks.push([stripped]);
    expect((await b.call('cases:importPick'))?.seal).toMatchObject({ signed: false, signerName: '' });
  });
});
