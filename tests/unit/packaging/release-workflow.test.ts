import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load: (text: string) => unknown };
const repo = path.resolve(import.meta.dirname, '../../..');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  needs?: string;
  strategy?: { matrix: { include: Array<Record<string, string>> } };
  steps: Step[];
  permissions?: Record<string, string>;
}

const workflow = yaml.load(await readFile(path.join(repo, '.github/workflows/release.yml'), 'utf8')) as {
  on: { push: { tags: string[] } };
  jobs: Record<string, Job>;
};
const build = workflow.jobs.build;
const publish = workflow.jobs.publish;
const runs = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n');

describe('release workflow', () => {
  it('runs on a version tag and builds on Linux, Windows and macOS', () => {
    expect(workflow.on.push.tags).toEqual(['v*.*.*']);
    expect(build.strategy?.matrix.include.map((m) => m.os)).toEqual(['ubuntu-24.04', 'windows-2022', 'macos-14']);
    expect(runs(build)).toContain('npm run dist');
  });

  it('runs the e2e suite against the packaged app on every platform, under xvfb on Linux', () => {
    const e2e = build.steps.filter((step) => step.run?.includes('playwright test'));
    expect(e2e).toHaveLength(2);
    for (const step of e2e) {
      expect(step.env).toMatchObject({ E2E_TARGET: 'electron' });
      expect(step.env?.CASEBOOK_EXECUTABLE).toContain('matrix.executable');
    }
    expect(e2e.find((step) => step.if === "runner.os == 'Linux'")?.run).toMatch(/^xvfb-run /);
    const e2eBuild = build.steps.find((step) => step.env?.CASEBOOK_E2E_BUILD === '1');
    expect(e2eBuild?.run).toContain('--dir');
    // The executables the e2e step launches are where electron-builder puts the unpacked app.
    for (const m of build.strategy?.matrix.include ?? []) expect(m.executable).toMatch(/^dist-e2e\//);
  });

  it('reads signing secrets from the environment only, and publishes installers with SHA-256 checksums', () => {
    const dist = build.steps.find((step) => step.run?.includes('npm run dist'));
    expect(Object.keys(dist?.env ?? {})).toEqual(
      expect.arrayContaining(['CSC_LINK', 'WIN_CSC_LINK', 'APPLE_API_KEY', 'GITHUB_REPOSITORY']),
    );
    expect(publish.needs).toBe('build');
    expect(publish.permissions).toEqual({ contents: 'write' });
    expect(runs(publish)).toContain('sha256sum -- * > SHA256SUMS.txt');
    expect(runs(publish)).toContain('gh release create');
  });

  it('uses a Node version that package.json engines accept', async () => {
    const setup = build.steps.find((step) => step.uses?.startsWith('actions/setup-node'));
    const { engines } = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')) as { engines: { node: string } };
    const semver = require('semver') as { satisfies: (version: string, range: string) => boolean };
    expect(semver.satisfies(String(setup?.with?.['node-version']), engines.node)).toBe(true);
  });
});
