/**
 * Code signing is read from environment variables only (never from files in the repository).
 * Absent credentials are not an error: the build goes on unsigned and says so plainly.
 */
export interface SigningPlan {
  mac: { identity?: null; notarize: boolean };
  windows: boolean;
  /** One line per platform, printed by `npm run dist` before it builds. */
  messages: string[];
}

const has = (env: NodeJS.ProcessEnv, ...names: string[]) => names.every((name) => Boolean(env[name]));

export function signingPlan(env: NodeJS.ProcessEnv): SigningPlan {
  const macCert = has(env, 'CSC_LINK', 'CSC_KEY_PASSWORD');
  const notarize =
    macCert &&
    (has(env, 'APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER') ||
      has(env, 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'));
  const windows = has(env, 'WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD') || macCert;
  return {
    // identity null stops electron-builder hunting the keychain for any certificate it can find.
    mac: macCert ? { notarize } : { identity: null, notarize: false },
    windows,
    messages: [
      macCert
        ? `macOS: signing with CSC_LINK${notarize ? ' and notarising' : '; NOT notarising (set APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER, or APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID)'}.`
        : 'macOS: code signing SKIPPED (CSC_LINK and CSC_KEY_PASSWORD are not set). The app is unsigned: for testing only, not for users.',
      windows
        ? 'Windows: signing with WIN_CSC_LINK (or CSC_LINK).'
        : 'Windows: code signing SKIPPED (WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD are not set). SmartScreen will warn users about an unknown publisher.',
      'Linux: AppImage and deb are not signed; the release publishes SHA-256 checksums instead.',
    ],
  };
}
