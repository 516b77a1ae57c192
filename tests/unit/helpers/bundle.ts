import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Bundles a TypeScript entry (and the real services it imports) into one ESM file that plain
 * `node` can run, so child processes start fast and need no loader.
 */
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export async function bundleScript(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The native LevelDB binding finds its .node file through __dirname, which a bundle cannot keep:
    // `level` stays outside and is required from the project's node_modules at run time.
    external: ['level'],
    // CommonJS packages inside the bundle (node-forge) require() Node built-ins, and `level` is
    // required from the project; ESM has no require, so one is made, rooted at the project.
    banner: {
      js: `import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(${JSON.stringify(path.join(projectRoot, 'package.json'))});`,
    },
    logLevel: 'silent',
  });
  return outfile;
}

/** Path of a helper script next to this file. */
export const helperScript = (name: string): string => fileURLToPath(new URL(name, import.meta.url));
