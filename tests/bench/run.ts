import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchAutosave } from './autosave';
import { benchRendererBundle } from './bundle';
import { benchHeap, benchOpenWorkspace, generateWorkspace } from './workspace';

/**
 * `npm run bench`: measures Casebook on seeded synthetic workspaces and compares each figure
 * with its target (and, where the issue asks, with the floor measured in the same run).
 */
interface Row {
  figure: string;
  measured: string;
  target: string;
  pass: boolean;
}

const repo = path.resolve(import.meta.dirname, '../..');
const rows: Row[] = [];
const results: Record<string, unknown> = {
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
};
const started = performance.now();

const autosave = await benchAutosave();
results.autosave = autosave;
rows.push({
  figure: `autosave, 1 small edit to a ${Math.round(autosave.fileBytes / 1024)} KB case file (p50 / p95 over 200)`,
  measured: `${autosave.p50} / ${autosave.p95} ms (bare durable write p95 ${autosave.floorP95} ms, ×${autosave.ratioP95})`,
  target: 'p95 ≤ 25 ms and ≤ 2× bare write',
  pass: autosave.p95 <= 25 && autosave.ratioP95 <= 2,
});

const workspaceDir = await generateWorkspace(1_000);
try {
  const open = await benchOpenWorkspace(workspaceDir);
  results.openWorkspace = open;
  rows.push({
    figure: `open a workspace of ${open.organisations} organisations and list them`,
    measured: `${open.ms} ms`,
    target: '≤ 250 ms',
    pass: open.ms <= 250,
  });
  const heap = await benchHeap(workspaceDir);
  results.heap = heap;
  rows.push({
    figure: 'main-process heap after opening that workspace',
    measured: `${heap.heapMB} MB (empty process ${heap.baselineMB} MB)`,
    target: '≤ 150 MB',
    pass: heap.heapMB <= 150,
  });
} finally {
  await rm(workspaceDir, { recursive: true, force: true });
}

const bundle = await benchRendererBundle(path.join(repo, 'out/renderer'));
results.rendererBundle = bundle;
rows.push({
  figure: 'renderer initial JavaScript, gzip',
  measured: `${bundle.gzipKB} KB (${bundle.rawKB} KB raw, ${bundle.files} file(s))`,
  target: '≤ 400 KB',
  pass: bundle.gzipKB <= 400,
});

results.rows = rows;
results.seconds = Math.round((performance.now() - started) / 1000);
const width = Math.max(...rows.map((r) => r.figure.length));
console.log(`\nCasebook benchmarks — ${os.cpus().length} cores, ${results.machine && (results.machine as { cpuModel: string }).cpuModel}, Node ${process.version}\n`);
for (const row of rows) {
  console.log(`${row.pass ? 'PASS' : 'MISS'}  ${row.figure.padEnd(width)}  ${row.measured}   (target ${row.target})`);
}
await mkdir(path.join(repo, 'bench'), { recursive: true });
await writeFile(path.join(repo, 'bench/results.json'), JSON.stringify(results, null, 2));
console.log(JSON.stringify(results));
