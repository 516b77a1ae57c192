import * as nodeFs from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../electron/services';
import { dispatch } from '../../electron/services/dispatch';
import type { FsLike } from '../../electron/services/store/durable-file';
import { caseSchema } from '../../shared/domain/case';
import { contract } from '../../shared/ipc/contract';
import { generateCase } from './cases';
import { seededRandom } from './random';
import { percentile, round } from './stats';
import { writeWorkspace } from './workspace';

/**
 * `npx tsx tests/bench/autosave-profile.ts [evidenceItems]`: where one autosave of a case goes.
 * Wraps the real steps (zod, clone, stringify, fs calls made through the injectable FsLike)
 * with timers while `cases:updateEvidence` runs through dispatch, and prints the mean per
 * autosave of each. Inclusive times: nested steps (stringify inside a write) are also counted
 * in their parent. A diagnostic, not a pass/fail benchmark.
 */
const evidence = Number(process.argv[2] ?? 1_650);
const EDITS = 100;
const totals = new Map<string, number[]>();
let current = new Map<string, number>();
const add = (label: string, ms: number) => current.set(label, (current.get(label) ?? 0) + ms);

function timed<A extends unknown[], R>(label: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    const start = performance.now();
    const result = fn(...args);
    if (result instanceof Promise) return result.finally(() => add(label, performance.now() - start)) as R;
    add(label, performance.now() - start);
    return result;
  };
}

/** Times the whole-record zod parses (the case schema and the channel's output schema). */
const bigParse = (schema: { safeParse: (v: unknown) => unknown; parse: (v: unknown) => unknown }, label: string) => {
  schema.safeParse = timed(label, schema.safeParse.bind(schema));
  schema.parse = timed(label, schema.parse.bind(schema));
};
// The channel's output schema may be the case schema itself: then one label covers both.
bigParse(caseSchema, 'zod: whole case (store, or dispatch output check)');
if ((contract['cases:updateEvidence'].output as unknown) !== caseSchema)
  bigParse(contract['cases:updateEvidence'].output as never, 'zod: dispatch output check (whole case)');
const stringify = JSON.stringify;
JSON.stringify = ((value: unknown, ...rest: unknown[]) => {
  const start = performance.now();
  const text = stringify(value, ...(rest as []));
  if (text && text.length > 100_000) add('JSON.stringify (> 100 KB)', performance.now() - start);
  return text;
}) as typeof JSON.stringify;
const clone = globalThis.structuredClone;
globalThis.structuredClone = timed('structuredClone', clone) as typeof structuredClone;

/** node:fs/promises with each handle's write and fsync, and each rename, timed by file kind. */
const kind = (file: string) =>
  file.endsWith('.wal')
    ? 'write-ahead log'
    : file.includes('/journal/')
      ? 'journal'
      : file.endsWith('casebook.json') || file.includes('casebook.json.')
        ? 'casebook.json'
        : file.includes('/backups/')
          ? 'backups'
          : file.includes('/cases/')
            ? 'case file'
            : path.basename(file);
const timingFs: FsLike = {
  ...nodeFs,
  open: (async (file: string, flags?: string, mode?: number) => {
    const what = kind(String(file));
    const handle = await timed(`fs ${what}: open`, nodeFs.open)(file, flags, mode);
    const isDir = flags === 'r';
    handle.writeFile = timed(`fs ${what}: write`, handle.writeFile.bind(handle)) as typeof handle.writeFile;
    handle.sync = timed(isDir ? `fs folder of ${what}: fsync` : `fs ${what}: fsync`, handle.sync.bind(handle));
    return handle;
  }) as FsLike['open'],
  rename: ((from: string, to: string) => timed(`fs ${kind(String(to))}: rename`, nodeFs.rename)(from, to)) as FsLike['rename'],
};

const dir = await mkdtemp(path.join(os.tmpdir(), 'casebook-profile-'));
try {
  const record = generateCase(seededRandom(7), {
    id: 'large-case',
    organisationId: 'org-0',
    organisationName: 'Authority 0000',
    evidenceCount: evidence,
    noteWords: 60,
  });
  await writeWorkspace(dir, { organisations: 1, cases: [record] });
  const services = await createServices({ workspaceDir: dir, fs: timingFs });
  const bytes = (await nodeFs.stat(path.join(dir, 'cases', `${record.id}.json`))).size;
  const handler = services.handlers['cases:updateEvidence'];
  const edit = (i: number) => ({ caseId: record.id, evidenceId: `ev-${i % evidence}`, patch: { note: `typed ${i}` } });
  for (let i = 0; i < 10; i++) await dispatch(services.handlers, 'cases:updateEvidence', edit(i));
  const whole: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    current = new Map();
    const start = performance.now();
    const result = await dispatch(services.handlers, 'cases:updateEvidence', edit(i));
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(result.error.message);
    whole.push(ms);
    for (const [label, value] of current) totals.set(label, [...(totals.get(label) ?? []), value]);
  }
  const direct: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const start = performance.now();
    await handler(edit(i));
    direct.push(performance.now() - start);
  }
  await services.close();
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  console.log(`case file ${Math.round(bytes / 1024)} KB, ${evidence} evidence items, ${EDITS} autosaves`);
  console.log(`through dispatch (output check on):  mean ${round(mean(whole))} ms, p95 ${round(percentile(whole, 95))} ms`);
  console.log(`handler alone (no dispatch checks):  mean ${round(mean(direct))} ms, p95 ${round(percentile(direct, 95))} ms`);
  for (const [label, values] of [...totals].sort((a, b) => mean(b[1]) - mean(a[1]))) {
    console.log(
      `  ${label.padEnd(44)} ${round(mean(values) * (values.length / EDITS))
        .toFixed(2)
        .padStart(7)} ms per autosave (${values.length} of ${EDITS})`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
