import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../electron/services';
import { dispatch } from '../../electron/services/dispatch';
import { writeFileDurably } from '../../electron/services/store/durable-file';
import { generateCase } from './cases';
import { percentile, round, timeEach } from './stats';
import { seededRandom } from './random';
import { writeWorkspace } from './workspace';

const EVIDENCE_FOR_ONE_MB = 1_650;

/**
 * One small edit to a ~1 MB case file through the real channel (`cases:updateEvidence` via
 * dispatch: zod input, copy, whole-case validation, durable write, summary, journal, search
 * upkeep), acknowledged durable, against the floor: a bare temp-write + fsync + rename +
 * folder fsync of the same bytes, measured in the same run.
 */
export async function benchAutosave(edits = 200) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casebook-bench-autosave-'));
  try {
    const random = seededRandom(7);
    const record = generateCase(random, { id: 'large-case', organisationId: 'org-0', organisationName: 'Authority 0000', evidenceCount: EVIDENCE_FOR_ONE_MB, noteWords: 60 });
    await writeWorkspace(dir, { organisations: 1, cases: [record] });
    const services = await createServices({ workspaceDir: dir });
    const file = path.join(dir, 'cases', `${record.id}.json`);
    let save: number[];
    try {
      const evidence = record.assessment.evidence;
      save = await timeEach(edits, async (i) => {
        const item = evidence[i % evidence.length];
        const result = await dispatch(services.handlers, 'cases:updateEvidence', { caseId: record.id, evidenceId: item.id, patch: { note: `${item.note} typed ${i}` } });
        if (!result.ok) throw new Error(result.error.message);
      });
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
      evidenceItems: EVIDENCE_FOR_ONE_MB,
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
