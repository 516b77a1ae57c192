import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const semver = require('semver') as { subset: (sub: string, dom: string) => boolean; minVersion: (range: string) => { version: string } };
const repo = path.resolve(import.meta.dirname, '../../..');
const json = async (file: string) => JSON.parse(await readFile(path.join(repo, file), 'utf8'));

describe('engines agree', () => {
  it('package.json asks for a Node that Electron and every build tool accept', async () => {
    const ours: string = (await json('package.json')).engines.node;
    for (const tool of ['electron', 'electron-vite', 'vite', 'vitest', 'eslint', '@playwright/test', 'electron-builder']) {
      const theirs: string | undefined = (await json(`node_modules/${tool}/package.json`)).engines?.node;
      if (theirs) expect(semver.subset(ours, theirs), `${tool} needs ${theirs}`).toBe(true);
    }
  });

  it('the README states the same minimum', async () => {
    const ours: string = (await json('package.json')).engines.node;
    const minimum = semver.minVersion(ours).version.replace(/\.0$/, '');
    const readme = await readFile(path.join(repo, 'README.md'), 'utf8');
    expect(readme).toContain(`Node.js ${minimum} or newer`);
  });
});
