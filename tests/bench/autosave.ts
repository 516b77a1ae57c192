import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { Backups } from '../../electron/services/store/backups';
import { openDocument } from '../../electron/services/store/document';
import { writeFileDurably } from '../../electron/services/store/durable-file';
import { percentile, round, timeEach } from './stats';
import { seededRandom, sentence } from './random';

const ITEMS_FOR_ONE_MB = 1_900;

const docSchema = z.object({
  schemaVersion: z.literal(1),
  notes: z.array(z.object({ id: z.string(), at: z.string(), text: z.string() })),
});

/**
 * One small edit to a ~1 MB document, acknowledged durable, against the floor: a bare
 * temp-write + fsync + rename + folder fsync of the same bytes, measured in the same run.
 */
export async function benchAutosave(edits = 200) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casebook-bench-autosave-'));
  try {
    const random = seededRandom(7);
    const notes = Array.from({ length: ITEMS_FOR_ONE_MB }, (_, i) => ({
      id: `note-${i}`,
      at: new Date(Date.UTC(2026, 0, 1, 9, i % 60)).toISOString(),
      text: sentence(random, 60),
    }));
    const doc = await openDocument({
      workspaceDir: dir,
      relativeFile: 'cases/large.json',
      schema: docSchema,
      currentVersion: 1,
      create: () => ({ schemaVersion: 1 as const, notes }),
      backups: new Backups(dir),
      notify: () => undefined,
    });
    const bytes = Buffer.byteLength(JSON.stringify(doc.data));
    const save = await timeEach(edits, (i) =>
      doc.update((d) => {
        d.notes[i % d.notes.length].text += ' typed';
      }),
    );
    const text = JSON.stringify(doc.data);
    const floorFile = path.join(dir, 'floor.json');
    const floor = await timeEach(edits, () => writeFileDurably(floorFile, text));
    const p95 = percentile(save, 95);
    const floorP95 = percentile(floor, 95);
    return {
      fileBytes: bytes,
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
