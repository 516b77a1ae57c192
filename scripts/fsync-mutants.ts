/**
 * Removes each fsync of the store, one at a time, in a copy of the repository, and runs the
 * crash-simulating suites against it: a site whose removal no test notices is an fsync the suites
 * do not prove. Prints one table row per site (issue 21: "fails when any one fsync in the store is
 * removed"). Not part of `npm test` (one suite run per site, ~40 s each); run it after changing
 * the store's write path:
 *
 *   npx tsx scripts/fsync-mutants.ts            # every site
 *   npx tsx scripts/fsync-mutants.ts S8 S10     # some sites
 *
 * A site is a piece of source text and what it becomes without its fsync (the rest of the code
 * unchanged, so the removal is exactly one fsync). Production code has no switch for this: the
 * copy is edited, never the working tree.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Site {
  id: string;
  what: string;
  file: string;
  text: string;
  without: string;
}

const SITES: Site[] = [
  {
    id: 'S1',
    what: 'durable-file writeFileDurably: fsync of the temp file',
    file: 'electron/services/store/durable-file.ts',
    text: "await handle.writeFile(text, 'utf8');\n      await handle.sync();",
    without: "await handle.writeFile(text, 'utf8');",
  },
  {
    id: 'S2',
    what: 'durable-file writeFileDurably: folder fsync after the rename',
    file: 'electron/services/store/durable-file.ts',
    text: 'await renameRetrying(temp, file, fs);\n    await syncFolder(dir, fs);',
    without: 'await renameRetrying(temp, file, fs);',
  },
  {
    id: 'S3',
    what: "durable-file ensureFolder: fsync of a new folder's parent",
    file: 'electron/services/store/durable-file.ts',
    text: 'await syncFolder(path.dirname(made), fs);',
    without: 'void 0;',
  },
  {
    id: 'S4',
    what: 'entity-folder delete: fsync of backups/deleted',
    file: 'electron/services/store/entity-folder.ts',
    text: 'await syncFolder(path.dirname(target), this.spec.fs);',
    without: 'void 0;',
  },
  {
    id: 'S5',
    what: "entity-folder delete: fsync of the record's folder",
    file: 'electron/services/store/entity-folder.ts',
    text: 'await syncFolder(home, this.spec.fs);',
    without: 'void 0;',
  },
  {
    id: 'S6',
    what: 'record-log append: fsync of the line (the commit point)',
    file: 'electron/services/store/record-log.ts',
    text: "await handle.writeFile(text, 'utf8');\n        await handle.sync();",
    without: "await handle.writeFile(text, 'utf8');",
  },
  {
    id: 'S7',
    what: 'record-log append: folder fsync of a new log',
    file: 'electron/services/store/record-log.ts',
    text: 'if (size === 0) await syncFolder(this.dir, this.fs);',
    without: 'if (size === 0) void 0;',
  },
  {
    id: 'S8',
    what: 'record-log cut: fsync of the truncate that takes back a failed append',
    file: 'electron/services/store/record-log.ts',
    text: 'await handle.truncate(size);\n      await handle.sync();',
    without: 'await handle.truncate(size);',
  },
  {
    id: 'S9',
    what: 'record-log setAside: folder fsync after the rename',
    file: 'electron/services/store/record-log.ts',
    text: 'await renameRetrying(file, aside, this.fs);\n      await syncFolder(this.dir, this.fs);',
    without: 'await renameRetrying(file, aside, this.fs);',
  },
  {
    id: 'S10',
    what: "journal retract: fsync of the truncate that takes back a commit's history line",
    file: 'electron/services/journal/journal.ts',
    text: 'await handle?.sync().finally(() => handle.close());',
    without: 'await handle?.close();',
  },
  {
    id: 'S11',
    what: 'journal append: fsync of the line',
    file: 'electron/services/journal/journal.ts',
    text: 'await handle.writeFile(line);\n        await handle.sync();',
    without: 'await handle.writeFile(line);',
  },
  {
    id: 'S12',
    what: 'journal append: folder fsync of a new journal',
    file: 'electron/services/journal/journal.ts',
    text: 'if (created) await syncFolder(path.dirname(file), this.fsLike);',
    without: 'if (created) void 0;',
  },
  {
    id: 'S13',
    what: 'journal takeBack (new): fsync of the truncate that takes back a failed append',
    file: 'electron/services/journal/journal.ts',
    text: 'await handle.truncate(failed.size);\n        await handle.sync();',
    without: 'await handle.truncate(failed.size);',
  },
  {
    id: 'S14',
    what: 'workspace restore keepAside: folder fsync after the link/rename',
    file: 'electron/services/workspace/restore.ts',
    text: 'await syncFolder(path.dirname(file));\n  return true;',
    without: 'return true;',
  },
  {
    id: 'S15',
    what: 'entity-folder delete (new): folder fsyncs after putting back a move whose fsync failed',
    file: 'electron/services/store/entity-folder.ts',
    text: '.then(() => syncFolder(home, this.spec.fs))\n        .then(() => syncFolder(path.dirname(target), this.spec.fs))',
    without: '',
  },
  {
    id: 'L1',
    what: 'lock: fsync of a new lock file',
    file: 'electron/services/store/lock.ts',
    text: "await handle.writeFile(text, 'utf8');\n    await handle.sync();\n  } catch",
    without: "await handle.writeFile(text, 'utf8');\n  } catch",
  },
  {
    id: 'L2',
    what: 'lock: fsync of a takeover claim',
    file: 'electron/services/store/lock.ts',
    text: "await handle.writeFile(text, 'utf8');\n    await handle.sync();\n  } finally",
    without: "await handle.writeFile(text, 'utf8');\n  } finally",
  },
  {
    id: 'L3',
    what: 'lock: folder fsync',
    file: 'electron/services/store/lock.ts',
    text: 'await handle.sync().finally(() => handle.close());',
    without: 'await handle.close();',
  },
];

const SUITES = ['tests/unit/store/crash-fs.test.ts', 'tests/unit/store/crash-fs-faults.test.ts'];

const repo = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const copy = mkdtempSync(path.join(os.tmpdir(), 'fsync-mutants-'));
for (const file of execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: repo, encoding: 'utf8' }).split('\n')) {
  if (!file) continue;
  mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
  cpSync(path.join(repo, file), path.join(copy, file));
}
symlinkSync(path.join(repo, 'node_modules'), path.join(copy, 'node_modules'));

/** Runs the suites in the copy; returns the names of the tests that failed. */
function failures(): string[] {
  const report = path.join(copy, 'mutant-report.json');
  const run = spawnSync(
    'flock',
    [
      '/tmp/cb-test.lock',
      'npx',
      'vitest',
      'run',
      '--config',
      'tests/vitest.config.ts',
      ...SUITES,
      '--reporter=json',
      `--outputFile=${report}`,
    ],
    { cwd: copy, encoding: 'utf8' },
  );
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as {
    testResults: { name: string; assertionResults: { title: string; status: string }[] }[];
  };
  const failed = parsed.testResults.flatMap((f) =>
    f.assertionResults.filter((t) => t.status !== 'passed').map((t) => `${path.basename(f.name, '.test.ts')} ${t.title}`),
  );
  if (run.status !== 0 && failed.length === 0) throw new Error(`the suites did not run:\n${run.stderr}`);
  return failed;
}

const wanted = process.argv.slice(2);
try {
  const baseline = failures();
  if (baseline.length) throw new Error(`the suites fail with every fsync in place: ${baseline.join(', ')}`);
  console.log('| site | fsync removed | caught by |\n|---|---|---|');
  for (const site of SITES.filter((s) => wanted.length === 0 || wanted.includes(s.id))) {
    const file = path.join(copy, site.file);
    const original = readFileSync(file, 'utf8');
    if (original.split(site.text).length !== 2) throw new Error(`${site.id}: the text to remove is not in ${site.file} exactly once`);
    writeFileSync(file, original.replace(site.text, site.without));
    try {
      const failed = failures();
      console.log(`| ${site.id} | ${site.what} | ${failed.length ? failed.join('; ') : '**not caught**'} |`);
    } finally {
      writeFileSync(file, original);
    }
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
