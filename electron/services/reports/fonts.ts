import { existsSync } from 'node:fs';
import path from 'node:path';

const MARKER = path.join('resources', 'fonts', 'DejaVuSans.ttf');

/**
 * Where the bundled fonts are. Services run from source (tests, tsx), from `out/main` (the
 * built app) or from the browser host, so we walk up from this file to the project root.
 * CASEBOOK_RESOURCES overrides it for a packaged app.
 */
export function fontsDir(): string {
  const override = process.env.CASEBOOK_RESOURCES;
  if (override) return path.join(override, 'fonts');
  let dir = import.meta.dirname;
  for (let i = 0; i < 6; i += 1) {
    if (existsSync(path.join(dir, MARKER))) return path.join(dir, 'resources', 'fonts');
    dir = path.dirname(dir);
  }
  const fromCwd = path.join(process.cwd(), 'resources', 'fonts');
  if (existsSync(path.join(fromCwd, 'DejaVuSans.ttf'))) return fromCwd;
  throw new Error('The document fonts (resources/fonts) could not be found.');
}

/** DejaVu covers Welsh (ŵ ŷ and the other circumflexed vowels) and is free to embed. */
export function fontDescriptors(dir = fontsDir()) {
  const f = (name: string) => path.join(dir, name);
  return {
    DejaVuSans: {
      normal: f('DejaVuSans.ttf'),
      bold: f('DejaVuSans-Bold.ttf'),
      italics: f('DejaVuSans-Oblique.ttf'),
      bolditalics: f('DejaVuSans-BoldOblique.ttf'),
    },
    DejaVuSerif: {
      normal: f('DejaVuSerif.ttf'),
      bold: f('DejaVuSerif-Bold.ttf'),
      italics: f('DejaVuSerif-Italic.ttf'),
      bolditalics: f('DejaVuSerif-Italic.ttf'),
    },
    // Emoji in what users type (printable.ts): monochrome, one style; loaded only when printed.
    NotoEmoji: {
      normal: f('NotoEmoji-Regular.ttf'),
      bold: f('NotoEmoji-Regular.ttf'),
      italics: f('NotoEmoji-Regular.ttf'),
      bolditalics: f('NotoEmoji-Regular.ttf'),
    },
  };
}
