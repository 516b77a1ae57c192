import type { Configuration } from 'electron-builder';
import { signingPlan } from './scripts/signing';

/**
 * Packaging as code (electron-builder reads this file; `npm run dist` runs it). Everything that
 * differs between machines comes from environment variables:
 * - code signing: CSC_LINK/CSC_KEY_PASSWORD (macOS, and Windows unless WIN_CSC_LINK is set),
 *   APPLE_* for notarising; absent means unsigned, announced by scripts/dist.ts;
 * - GITHUB_REPOSITORY (owner/name, set by GitHub Actions): where Help → Check for updates looks;
 * - CASEBOOK_E2E_BUILD=1: a test build whose only difference is the inspect fuse, which
 *   Playwright's _electron needs to drive the app. Never shipped.
 */
export function builderConfig(env: NodeJS.ProcessEnv = process.env): Configuration {
  const signing = signingPlan(env);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const e2e = env.CASEBOOK_E2E_BUILD === '1';
  return {
    appId: 'uk.org.casebook.desktop',
    productName: 'Casebook',
    copyright: 'Casebook contributors',
    directories: { output: e2e ? 'dist-e2e' : 'dist', buildResources: 'resources/build' },
    files: ['out/**/*', 'package.json', '!**/*.map'],
    asar: true,
    // Fonts for the PDFs and the guide for Help; main sets CASEBOOK_RESOURCES to this folder.
    extraResources: [
      { from: 'resources/fonts', to: 'fonts', filter: ['**/*'] },
      { from: 'README.md', to: 'README.md' },
    ],
    electronFuses: {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: e2e,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    },
    artifactName: '${productName}-${version}-${os}-${arch}.${ext}',
    win: {
      target: [{ target: 'nsis', arch: ['x64'] }],
      icon: 'resources/icons/icon.ico',
    },
    // Per-user install: council laptops give no admin rights.
    nsis: {
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: 'Casebook',
      deleteAppDataOnUninstall: false,
    },
    mac: {
      target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
      icon: 'resources/icons/icon.icns',
      category: 'public.app-category.productivity',
      hardenedRuntime: true,
      gatekeeperAssess: false,
      entitlements: 'resources/build/entitlements.mac.plist',
      entitlementsInherit: 'resources/build/entitlements.mac.plist',
      ...signing.mac,
    },
    dmg: { title: 'Casebook ${version}' },
    linux: {
      target: [
        { target: 'AppImage', arch: ['x64'] },
        { target: 'deb', arch: ['x64'] },
      ],
      icon: 'resources/icons/png',
      category: 'Office',
      maintainer: 'Casebook contributors <casebook@localhost>',
      synopsis: 'Offline casework for GO Award assessors and partnership facilitators',
    },
    deb: { priority: 'optional' },
    // Updates are offered, never forced: electron-updater reads app-update.yml written from this.
    publish: owner && repo && !e2e ? [{ provider: 'github', owner, repo, releaseType: 'release' }] : null,
  };
}

export default builderConfig();
