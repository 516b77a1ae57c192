import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  metaContentSecurityPolicy,
  rendererOrigins,
  isAllowedExternal,
  isAllowedNavigation,
  isPermissionGranted,
  usesOsSpellChecker,
  isTrustedSender,
  resolveAppPath,
} from '../../electron/main/security';

const root = '/opt/casebook/renderer';

describe('app:// protocol path resolution', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://casebook/index.html')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://casebook/')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://casebook/assets/index-abc.js')).toBe(`${root}/assets/index-abc.js`);
  });

  it.each([
    'app://casebook/../../etc/passwd',
    'app://casebook/%2e%2e/%2e%2e/etc/passwd',
    'app://casebook/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://casebook/%00index.html',
    'app://casebook/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('never resolves %s outside the renderer folder', (url) => {
    const resolved = resolveAppPath(root, url);
    expect(resolved === null || resolved.startsWith(`${root}/`)).toBe(true);
  });

  it('refuses other origins, NUL bytes and malformed escapes outright', () => {
    for (const url of ['app://other/index.html', 'file:///etc/passwd', 'app://casebook/%00x', 'app://casebook/%E0%A4%A', 'x']) {
      expect(resolveAppPath(root, url)).toBeNull();
    }
  });
});

describe('navigation guard', () => {
  it('allows only the app origin', () => {
    expect(isAllowedNavigation('app://casebook/index.html#/cases')).toBe(true);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('app://evil/index.html')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
  });
});

describe('openExternal allow-list', () => {
  it('opens only https pages on allowed sites', () => {
    expect(isAllowedExternal('https://www.gov.uk/guidance')).toBe(true);
    expect(isAllowedExternal('http://www.gov.uk/guidance')).toBe(false);
    expect(isAllowedExternal('https://www.gov.uk.evil.example/')).toBe(false);
    expect(isAllowedExternal('https://user:pw@www.gov.uk/')).toBe(false);
    expect(isAllowedExternal('file:///bin/sh')).toBe(false);
    expect(isAllowedExternal('smb://server/share')).toBe(false);
    expect(isAllowedExternal('nonsense')).toBe(false);
  });
});

describe('permissions and IPC senders', () => {
  it('grants only fullscreen, and only to the app’s own pages', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'pointerLock', 'display-capture']) {
      expect(isPermissionGranted(p, 'app://casebook/index.html')).toBe(false);
    }
    expect(isPermissionGranted('fullscreen', 'app://casebook/index.html#/workshops/w1/live')).toBe(true);
    expect(isPermissionGranted('fullscreen', 'app://casebook')).toBe(true);
    expect(isPermissionGranted('fullscreen', 'https://evil.example/')).toBe(false);
    expect(isPermissionGranted('fullscreen', 'app://casebook.evil.example/')).toBe(false);
    expect(isPermissionGranted('fullscreen', undefined)).toBe(false);
    expect(isPermissionGranted('fullscreen', '')).toBe(false);
  });

  it('spellchecks only where Electron uses the OS checker (no dictionary downloads)', () => {
    expect(usesOsSpellChecker('darwin')).toBe(true);
    expect(usesOsSpellChecker('win32')).toBe(false);
    expect(usesOsSpellChecker('linux')).toBe(false);
  });

  it('answers IPC only from the app’s top frame', () => {
    expect(isTrustedSender('app://casebook/index.html', true)).toBe(true);
    expect(isTrustedSender('app://casebook/index.html', false)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  it('is strict: no inline or remote scripts, no plugins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
  });

  it('is carried by the built index.html', async () => {
    // `npm test` builds before the unit tests; a missing build is a failure, not a skip.
    const html = await readFile(path.resolve(import.meta.dirname, '../../out/renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    // Written by the build from the one policy in security.ts (electron.vite.config.ts).
    expect(meta?.[1]).toBe(metaContentSecurityPolicy());
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>[^<]+<\/script>/);
  });
});

describe('development server (npm run dev)', () => {
  it('is allowed by the CSP only when asked for, and only its own origin and socket', () => {
    const dev = contentSecurityPolicy('http://localhost:5173/');
    expect(dev).toContain("script-src 'self' 'unsafe-inline' http://localhost:5173");
    expect(dev).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173");
    expect(dev).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toBe(contentSecurityPolicy());
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/localhost|ws:|http:/);
    expect(metaContentSecurityPolicy()).not.toContain('frame-ancestors');
  });

  it('is trusted only in an unpackaged app, and only on local http', () => {
    expect(rendererOrigins('http://localhost:5173/', false)).toEqual(['app://casebook', 'http://localhost:5173']);
    expect(rendererOrigins('http://127.0.0.1:5174', false)).toEqual(['app://casebook', 'http://127.0.0.1:5174']);
    expect(rendererOrigins('http://localhost:5173/', true)).toEqual(['app://casebook']);
    expect(rendererOrigins('https://evil.example/', false)).toEqual(['app://casebook']);
    expect(rendererOrigins('http://192.168.1.5:5173/', false)).toEqual(['app://casebook']);
    expect(rendererOrigins('not a url', false)).toEqual(['app://casebook']);
    expect(rendererOrigins(undefined, false)).toEqual(['app://casebook']);
    expect(isTrustedSender('http://localhost:5173/', true)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', true, rendererOrigins('http://localhost:5173/', false))).toBe(true);
  });
});
