import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ReportKind } from '../../../shared/domain/report-models';
import type { Channel, InputOf, OutputOf } from '../../../shared/ipc/contract';
import { documentLanguageChoiceSchema } from '../../../shared/ipc/contracts/exports';
import { dispatch } from '../dispatch';
import { createServices } from '../index';

/*
 * `npm run demo:export -- DIR [--language en|cy|bilingual]`: builds the demo workspace in a
 * temporary folder, then exports one of every document kind from its records through the same
 * channels the app uses (preview → sign → verify), signed by a throwaway demo identity, into DIR,
 * in English (the default), Welsh, or bilingual with Welsh first.
 */

/** Which demo record each kind is exported from: the richest one of that kind. */
const preferred: Record<ReportKind, string> = {
  'commitment-certificate': 'Castlemere City Council',
  'assessment-report': 'Northvale Borough Council',
  'award-certificate': 'Castlemere City Council',
  'workshop-feedback': 'Partnership health check',
  agenda: 'Joint partnership forum',
  'action-issue-log': 'Northvale Borough Council',
  'regional-map': 'All regions',
};

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const at = args.indexOf('--language');
  const language = documentLanguageChoiceSchema.safeParse(at >= 0 ? args[at + 1] : 'en');
  const target = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  if (!target || !language.success) {
    console.error('Usage: npm run demo:export -- DIR [--language en|cy|bilingual]');
    process.exit(2);
  }
  const dir = path.resolve(target);
  await mkdir(dir, { recursive: true });
  const workspaceDir = await mkdtemp(path.join(tmpdir(), 'casebook-demo-workspace-'));
  const saves: string[] = [];
  const services = await createServices({ workspaceDir, shell: { saveFile: async () => saves.shift() ?? null } });
  const call = async <C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> => {
    const result = await dispatch(services.handlers, channel, input, (error) => console.error(error));
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data as OutputOf<C>;
  };
  try {
    await call('settings:updateProfile', { name: 'Priya Shah', role: 'peer_assessor', organisation: 'Eastmoor Regional Employers' });
    await call('demo:load');
    await call('signing:create', {
      draft: {
        name: 'Priya Shah',
        role: 'Peer assessor (demo identity)',
        organisation: 'Eastmoor Regional Employers',
        email: 'priya.shah@example.org',
        passphrase: 'demo-passphrase',
      },
    });
    const documents = await call('exports:documents');
    const rows = [];
    for (const [kind, subject] of Object.entries(preferred) as [ReportKind, string][]) {
      const doc = documents.find((d) => d.kind === kind && d.subject.startsWith(subject));
      if (!doc) throw new Error(`The demo workspace offers no ${kind} for ${subject}.`);
      const preview = await call('exports:preview', { kind, id: doc.id, signature: { kind: 'typed' }, language: language.data });
      const file = path.join(dir, `${kind}.pdf`);
      saves.push(file);
      const result = await call('exports:export', { previewId: preview.previewId });
      rows.push({
        kind,
        subject: doc.subject,
        file: path.basename(file),
        pages: preview.pageCount,
        kB: Math.round((await stat(file)).size / 1024),
        buildMs: preview.buildMs,
        signMs: result.signMs,
        sha256: result.sha256.slice(0, 12),
      });
    }
    console.table(rows);
    await writeFile(
      path.join(dir, 'README.txt'),
      `Casebook demo documents, built from a fresh demo workspace on ${new Date().toISOString()} and signed by a throwaway demo identity (Priya Shah, fictional).\nCheck them with: pdfsig FILE.pdf\n`,
    );
  } finally {
    await services.close();
    await rm(workspaceDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
