/**
 * `npm run dist [-- --win|--mac|--linux|--dir]`: builds the app, then the installers for this
 * platform (or the ones named) into dist/. Needs the Electron binary (electron-builder
 * downloads the one for each target platform). Says first what will and will not be signed.
 */
import { spawnSync } from 'node:child_process';
import { signingPlan } from './signing';

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

for (const line of signingPlan(process.env).messages) console.log(`Code signing — ${line}`);
run('npx', ['electron-vite', 'build']);
// --publish never: a release uploads the files itself (see .github/workflows/release.yml).
run('npx', ['electron-builder', '--config', 'electron-builder.config.ts', '--publish', 'never', ...process.argv.slice(2)]);
