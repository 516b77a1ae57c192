/**
 * Child process for the crash-consistency suite: changes cases in a loop (autosave of a text
 * field, a change with a history line, create, delete, export + import-replace) and reports
 * each step on stdout: `BEGIN <op> <id>` before it starts and `ACK <op> <id> <revision>` only
 * once the call resolved (Casebook said "saved"). The parent SIGKILLs it at a random moment.
 *
 * Usage: node record-loop.mjs <workspaceDir> <seed>
 */
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../../electron/services/dispatch';
import { createServices } from '../../../electron/services/index';

const [workspaceDir, seedText] = process.argv.slice(2);
if (!workspaceDir) throw new Error('usage: record-loop <workspaceDir> <seed>');
let seed = Number(seedText) || 1;
const random = () => {
  // mulberry32: the parent passes a seed so a failing run can be replayed.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const exportFile = path.join(os.tmpdir(), `casebook-record-loop-${process.pid}.casebook-case`);
const services = await createServices({
  workspaceDir,
  shell: { saveFile: async () => exportFile, pickFiles: async () => [exportFile] },
});

function fail(what: string, detail: unknown): never {
  process.stderr.write(`${what}: ${JSON.stringify(detail)}\n`);
  process.exit(2);
}

async function call(channel: string, input?: unknown): Promise<Record<string, unknown>> {
  const result = await dispatch(services.handlers, channel, input);
  if (!result.ok) fail(`${channel} failed`, result.error);
  return result.data as Record<string, unknown>;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

let orgs = (await call('organisations:list')) as unknown as { id: string }[];
if (orgs.length === 0) {
  await call('organisations:create', { name: 'Crash Test Council', type: 'local_authority', region: 'London' });
  orgs = (await call('organisations:list')) as unknown as { id: string }[];
}
const cases = ((await call('cases:list')) as unknown as { id: string }[]).map((c) => c.id);
let typed = 0;

for (;;) {
  const roll = random();
  const pick = () => cases[Math.floor(random() * cases.length)];
  if (cases.length < 2 || (roll < 0.12 && cases.length < 6)) {
    say('BEGIN create -');
    const created = await call('cases:create', { organisationId: orgs[0].id });
    cases.push(created.id as string);
    say(`ACK create ${created.id as string} ${created.revision as number}`);
  } else if (roll < 0.6) {
    const id = pick();
    typed += 1;
    say(`BEGIN save ${id}`);
    const saved = await call('cases:updateActionPlan', {
      caseId: id,
      patch: { analysisOfNeed: `typed ${typed} `.repeat(1 + (typed % 50)) },
    });
    say(`ACK save ${id} ${saved.revision as number}`);
  } else if (roll < 0.8) {
    const id = pick();
    say(`BEGIN line ${id}`);
    await call('cases:addSignatory', { caseId: id, draft: { name: `Signatory ${typed}`, role: 'lead_officer' } });
    const record = await call('cases:get', { id });
    say(`ACK line ${id} ${record.revision as number}`);
  } else if (roll < 0.88) {
    const id = pick();
    say(`BEGIN delete ${id}`);
    await call('cases:delete', { id });
    cases.splice(cases.indexOf(id), 1);
    say(`ACK delete ${id} -1`);
  } else {
    const id = pick();
    say(`BEGIN replace ${id}`);
    await call('cases:export', { id });
    const preview = await call('cases:importPick');
    const imported = await call('cases:importCommit', { token: preview.token, mode: 'replace' });
    say(`ACK replace ${id} ${imported.revision as number}`);
  }
}
