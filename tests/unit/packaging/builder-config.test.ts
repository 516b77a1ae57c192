import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builderConfig } from '../../../electron-builder.config';
import { signingPlan } from '../../../scripts/signing';

const require = createRequire(import.meta.url);
const repo = path.resolve(import.meta.dirname, '../../..');
// electron-builder's own check (its JSON schema, scheme.json, plus its extra rules), as `npm run dist` runs it.
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const environments: Array<[string, NodeJS.ProcessEnv]> = [
  ['a local build, nothing set', {}],
  [
    'a release with every secret',
    {
      GITHUB_REPOSITORY: 'casebook/casebook',
      CSC_LINK: 'base64cert',
      CSC_KEY_PASSWORD: 'pw',
      WIN_CSC_LINK: 'base64cert',
      WIN_CSC_KEY_PASSWORD: 'pw',
      APPLE_API_KEY: 'key.p8',
      APPLE_API_KEY_ID: 'id',
      APPLE_API_ISSUER: 'issuer',
    },
  ],
  ['the end-to-end test build', { CASEBOOK_E2E_BUILD: '1', GITHUB_REPOSITORY: 'casebook/casebook' }],
];

describe('electron-builder configuration', () => {
  it.each(environments)('passes electron-builder’s own validation: %s', async (_name, env) => {
    await expect(validateConfiguration(builderConfig(env), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('validation is real: a misspelt option is refused', async () => {
    const broken = { ...builderConfig({}), nsis: { perMachin: false } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/configuration\.nsis/);
  });

  it('installs per user on Windows, dmg for both Mac architectures with hardened runtime, AppImage and deb', () => {
    const config = builderConfig({});
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.mac).toMatchObject({ target: [{ target: 'dmg', arch: ['x64', 'arm64'] }], hardenedRuntime: true });
    expect(config.linux?.target).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
  });

  it('burns the fuses: no RunAsNode, NODE_OPTIONS or --inspect; asar integrity and asar-only on', () => {
    expect(builderConfig({}).electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(builderConfig({}).asar).toBe(true);
    // Only the never-published e2e build keeps --inspect (Playwright needs it), in its own folder.
    const e2e = builderConfig({ CASEBOOK_E2E_BUILD: '1', GITHUB_REPOSITORY: 'a/b' });
    expect(e2e.electronFuses).toMatchObject({ enableNodeCliInspectArguments: true, runAsNode: false, onlyLoadAppFromAsar: true });
    expect(e2e.directories?.output).toBe('dist-e2e');
    expect(e2e.publish).toBeNull();
  });

  it('ships the fonts and the guide as extra resources, and every file it names exists', () => {
    const config = builderConfig({});
    expect(config.extraResources).toEqual([
      { from: 'resources/fonts', to: 'fonts', filter: ['**/*'] },
      { from: 'README.md', to: 'README.md' },
    ]);
    const named = [
      'resources/fonts/DejaVuSans.ttf',
      'resources/fonts/DejaVuSerif.ttf',
      'README.md',
      config.win?.icon,
      config.mac?.icon,
      config.mac?.entitlements,
      config.linux?.icon,
      'resources/icons/png/512x512.png',
    ];
    for (const file of named) expect(existsSync(path.join(repo, String(file))), String(file)).toBe(true);
  });

  it('offers updates from the GitHub release only when the build knows its repository', () => {
    expect(builderConfig({}).publish).toBeNull();
    expect(builderConfig({ GITHUB_REPOSITORY: 'casebook/casebook' }).publish).toEqual([
      { provider: 'github', owner: 'casebook', repo: 'casebook', releaseType: 'release' },
    ]);
  });
});

describe('code signing from the environment', () => {
  it('skips signing with a clear message when nothing is set, and never searches the keychain', () => {
    const plan = signingPlan({});
    expect(plan.mac).toEqual({ identity: null, notarize: false });
    expect(plan.windows).toBe(false);
    expect(plan.messages[0]).toMatch(/^macOS: code signing SKIPPED \(CSC_LINK and CSC_KEY_PASSWORD are not set\)/);
    expect(plan.messages[1]).toMatch(/^Windows: code signing SKIPPED \(WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD are not set\)/);
    expect(builderConfig({}).mac?.identity).toBeNull();
  });

  it('signs with the certificate, and notarises only with a full set of Apple credentials', () => {
    const signed = signingPlan({ CSC_LINK: 'c', CSC_KEY_PASSWORD: 'p', APPLE_ID: 'a@b', APPLE_APP_SPECIFIC_PASSWORD: 'x' });
    expect(signed.mac).toEqual({ notarize: false });
    expect(signed.messages[0]).toMatch(/NOT notarising/);
    const notarised = signingPlan({
      CSC_LINK: 'c',
      CSC_KEY_PASSWORD: 'p',
      APPLE_ID: 'a@b',
      APPLE_APP_SPECIFIC_PASSWORD: 'x',
      APPLE_TEAM_ID: 't',
    });
    expect(notarised.mac).toEqual({ notarize: true });
    expect(signingPlan({ WIN_CSC_LINK: 'c', WIN_CSC_KEY_PASSWORD: 'p' }).windows).toBe(true);
    expect(builderConfig({ CSC_LINK: 'c', CSC_KEY_PASSWORD: 'p' }).mac).not.toHaveProperty('identity');
  });
});
