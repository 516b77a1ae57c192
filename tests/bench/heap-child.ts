import { createServices } from '../../electron/services';
import { dispatch } from '../../electron/services/dispatch';

// Run by benchHeap in a fresh process: open a workspace, list organisations and cases, report the heap after GC (then again after the first search).
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
gc();
const baseline = process.memoryUsage().heapUsed;
const services = await createServices({ workspaceDir: process.argv[2] });
await dispatch(services.handlers, 'organisations:list', undefined);
const cases = await dispatch(services.handlers, 'cases:list', undefined);
gc();
const heap = process.memoryUsage().heapUsed;
// For information: the first search builds the full-text index over every case file.
await dispatch(services.handlers, 'search:query', { text: 'training' });
gc();
const afterSearch = process.memoryUsage().heapUsed;
await services.close();
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
console.log(
  JSON.stringify({
    heapMB: mb(heap),
    baselineMB: mb(baseline),
    afterSearchMB: mb(afterSearch),
    cases: cases.ok ? (cases.data as unknown[]).length : -1,
  }),
);
