import path from 'node:path';

/** The app's own origin; the renderer is served from here, never from file://. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://casebook';

/**
 * The Content-Security-Policy for the renderer. Production allows only the app's own origin.
 * `devServer` (development only) adds the electron-vite dev server: its origin for scripts and
 * its websocket for hot reload, plus inline scripts for React Refresh's preamble.
 */
export function contentSecurityPolicy(devServer?: string): string {
  const dev = devServer ? new URL(devServer) : null;
  const devOrigin = dev ? `${dev.protocol}//${dev.host}` : '';
  const devSocket = dev ? `ws://${dev.host}` : '';
  return [
    "default-src 'self'",
    dev ? `script-src 'self' 'unsafe-inline' ${devOrigin}` : "script-src 'self'",
    // Mantine sets style attributes at run time; no inline scripts are allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    dev ? `connect-src 'self' ${devOrigin} ${devSocket}` : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Strict Content-Security-Policy for every page the app serves. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** The same policy as a <meta> tag can carry it (browsers ignore frame-ancestors there). */
export function metaContentSecurityPolicy(devServer?: string): string {
  return contentSecurityPolicy(devServer)
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}

/**
 * Origins whose pages are Casebook: always app://casebook, and the dev server only when the app
 * is not packaged (a packaged app ignores ELECTRON_RENDERER_URL entirely).
 */
export function rendererOrigins(devServerUrl: string | undefined, isPackaged: boolean): string[] {
  if (isPackaged || !devServerUrl) return [APP_ORIGIN];
  try {
    const parsed = new URL(devServerUrl);
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
    return parsed.protocol === 'http:' && local ? [APP_ORIGIN, parsed.origin] : [APP_ORIGIN];
  } catch {
    return [APP_ORIGIN];
  }
}

/** Content types of the files the renderer build contains (app:// and the browser test host). */
export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** Sites the app may open in the user's browser (help and guidance only). */
export const EXTERNAL_ALLOW_LIST = ['https://www.gov.uk/', 'https://www.local.gov.uk/'];

/** In-app navigation is only ever to the app's own pages (the router uses the hash). */
export function isAllowedNavigation(url: string, origins: readonly string[] = [APP_ORIGIN]): boolean {
  try {
    const parsed = new URL(url);
    return origins.includes(`${parsed.protocol}//${parsed.host}`);
  } catch {
    return false;
  }
}

export function isAllowedExternal(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  return EXTERNAL_ALLOW_LIST.some((allowed) => parsed.href.startsWith(allowed));
}

/**
 * The one permission the app asks for is `fullscreen` (live mode's Full screen), and only its own
 * pages get it; camera, microphone, notifications, geolocation and the rest are always refused.
 */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  origins: readonly string[] = [APP_ORIGIN],
): boolean {
  return permission === 'fullscreen' && requestingUrl !== undefined && isAllowedNavigation(requestingUrl, origins);
}

/**
 * Whether spellchecking uses the operating system's own checker. Electron uses the native checker
 * only on macOS; on Windows and Linux it downloads Hunspell dictionaries from Google's CDN, which
 * an offline app must not do, so there spellchecking is off.
 */
export function usesOsSpellChecker(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

/** IPC is answered only for the app's own top-level frame. */
export function isTrustedSender(frameUrl: string | undefined, isTopFrame: boolean, origins: readonly string[] = [APP_ORIGIN]): boolean {
  return isTopFrame && frameUrl !== undefined && isAllowedNavigation(frameUrl, origins);
}

/** Maps an app:// URL to a file under `rootDir`; null for anything that would escape it. */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const target = path.resolve(root, `.${path.posix.normalize(relative)}`);
  return target.startsWith(root + path.sep) ? target : null;
}
