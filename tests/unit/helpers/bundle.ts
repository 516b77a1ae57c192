import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Bundles a TypeScript entry (and the real services it imports) into one ESM file that plain
 * `node` can run, so child processes start fast and need no loader.
 */
export async function bundleScript(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS packages inside the bundle (node-forge) require() Node built-ins; ESM has no require.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  return outfile;
}

/** Path of a helper script next to this file. */
export const helperScript = (name: string): string => fileURLToPath(new URL(name, import.meta.url));
