import path from 'node:path';

/** The app's own origin; the renderer is served from here, never from file://. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://casebook';

/** Strict Content-Security-Policy for every page the app serves. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets style attributes at run time; no inline scripts are allowed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

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
export function isAllowedNavigation(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
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

/** The app needs no camera, microphone, notifications or geolocation: every request is refused. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/** IPC is answered only for the app's own top-level frame. */
export function isTrustedSender(frameUrl: string | undefined, isTopFrame: boolean): boolean {
  return isTopFrame && frameUrl !== undefined && isAllowedNavigation(frameUrl);
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
