import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The e2e run needs Debian's Chromium; install it when we can, or say exactly what to do. */
export default function globalSetup(): void {
  if (process.env.E2E_TARGET === 'electron') return;
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Chromium and poppler-utils for the end-to-end tests (apt-get)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'poppler-utils'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(chromium)) return;
  }
  throw new Error(
    `Chromium was not found at ${chromium}. Install it with: sudo apt-get install chromium poppler-utils ` +
      '(or set CHROMIUM_PATH to a Chromium binary).',
  );
}
