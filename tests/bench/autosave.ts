import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createServices } from '../../electron/services';
import { dispatch } from '../../electron/services/dispatch';
import { writeFileDurably } from '../../electron/services/store/durable-file';
import { generateCase } from './cases';
import { percentile, round, timeEach } from './stats';
import { seededRandom } from './random';
import { writeWorkspace } from './workspace';

const run = promisify(execFile);

/** Evidence items for a ~10 KB and a ~1 MB case file (60-word notes, ~600 bytes each). */
export const SMALL_EVIDENCE = 8;
export const LARGE_EVIDENCE = 1_650;

export interface AutosaveFigures {
  channel: string;
  evidenceItems: number;
  fileBytes: number;
  p50: number;
  p95: number;
  floorP50: number;
  floorP95: number;
  ratioP95: number;
}

/**
 * Small edits to one case through the real channel (`cases:updateEvidence` via dispatch: zod
 * input, copy-on-write change, validation of the changed part, history line, write-ahead log
 * line fsynced, summary, search upkeep), each acknowledged durable, against the floor: a bare
 * temp-write + fsync + rename + folder fsync of the case file's bytes, measured in the same run.
 * Every edit changes a different evidence item, so each also writes a history line.
 */
export async function benchAutosave(evidenceItems: number, edits = 200): Promise<AutosaveFigures> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casebook-bench-autosave-'));
  try {
    const random = seededRandom(7);
    const record = generateCase(random, {
      id: 'bench-case',
      organisationId: 'org-0',
      organisationName: 'Authority 0000',
      evidenceCount: evidenceItems,
      noteWords: 60,
    });
    await writeWorkspace(dir, { organisations: 1, cases: [record] });
    const services = await createServices({ workspaceDir: dir });
    const file = path.join(dir, 'cases', `${record.id}.json`);
    let save: number[];
    try {
      const evidence = record.assessment.evidence;
      const edit = async (i: number) => {
        const item = evidence[i % evidence.length];
        const result = await dispatch(services.handlers, 'cases:updateEvidence', {
          caseId: record.id,
          evidenceId: item.id,
          patch: { note: `${item.note} typed ${i}` },
        });
        if (!result.ok) throw new Error(result.error.message);
      };
      // Warm up (JIT, first history line, first log file), as a person typing would have.
      for (let i = 0; i < 10; i++) await edit(i);
      save = await timeEach(edits, edit);
    } finally {
      await services.close();
    }
    const text = await readFile(file, 'utf8');
    const floorFile = path.join(dir, 'floor.json');
    const floor = await timeEach(edits, () => writeFileDurably(floorFile, text));
    const p95 = percentile(save, 95);
    const floorP95 = percentile(floor, 95);
    return {
      channel: 'cases:updateEvidence',
      evidenceItems,
      fileBytes: Buffer.byteLength(text),
      p50: round(percentile(save, 50)),
      p95: round(p95),
      floorP50: round(percentile(floor, 50)),
      floorP95: round(floorP95),
      ratioP95: round(p95 / floorP95),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the small and the large case in a fresh Node with NODE_ENV=production, as a packaged
 * Casebook runs: dispatch's output check (a whole-case zod parse on every answer, for tests
 * and development only) is then off, as it is for users.
 */
export async function benchAutosaveSizes(): Promise<{ small: AutosaveFigures; large: AutosaveFigures; largeOverSmallP95: number }> {
  const child = path.join(import.meta.dirname, 'autosave-child.ts');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const { small, large } = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { small: AutosaveFigures; large: AutosaveFigures };
  return { small, large, largeOverSmallP95: round(large.p95 / small.p95) };
}
