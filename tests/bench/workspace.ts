import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { regions } from '../../shared/domain/common';
import { organisationTypes } from '../../shared/domain/organisation';
import { createServices } from '../../electron/services';
import { dispatch } from '../../electron/services/dispatch';
import { emptyIndex, INDEX_FILE } from '../../electron/services/workspace/index-file';
import { seededRandom } from './random';
import { round, timeOnce } from './stats';

const run = promisify(execFile);

/** Writes a workspace of `count` organisations straight to disk (seeded, so runs compare). */
export async function generateWorkspace(count: number): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casebook-bench-ws-'));
  const random = seededRandom(42);
  const now = new Date(Date.UTC(2026, 0, 1)).toISOString();
  const index = emptyIndex();
  for (let i = 0; i < count; i++) {
    index.organisations.push({
      id: `org-${i}`,
      name: `Authority ${i.toString().padStart(4, '0')}`,
      type: organisationTypes[Math.floor(random() * organisationTypes.length)],
      region: regions[Math.floor(random() * regions.length)],
      contacts: [{ name: `Lead officer ${i}`, role: 'Lead officer' }],
      createdAt: now,
      updatedAt: now,
    });
  }
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, INDEX_FILE), JSON.stringify(index));
  return dir;
}

/** Opens the workspace (lock, validation, index) and lists what the home screens list. */
export async function benchOpenWorkspace(dir: string) {
  const { ms, value } = await timeOnce(async () => {
    const services = await createServices({ workspaceDir: dir });
    const organisations = await dispatch(services.handlers, 'organisations:list', undefined);
    return { services, listed: organisations.ok ? (organisations.data as unknown[]).length : -1 };
  });
  await value.services.close();
  return { ms: round(ms), organisations: value.listed };
}

/** Main-process heap after opening the workspace, measured in a fresh Node with forced GC. */
export async function benchHeap(dir: string) {
  const child = path.join(import.meta.dirname, 'heap-child.ts');
  const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', child, dir], {
    cwd: path.resolve(import.meta.dirname, '../..'),
  });
  const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { heapMB: number; baselineMB: number };
  return result;
}
