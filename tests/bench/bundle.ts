import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of the JavaScript the renderer loads before first paint (entry + preloads). */
export async function benchRendererBundle(rendererDir: string) {
  const html = await readFile(path.join(rendererDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="(?:\.?\/)?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  let raw = 0;
  let gzip = 0;
  for (const script of new Set(scripts)) {
    const bytes = await readFile(path.join(rendererDir, script));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: scripts.length, rawKB: Math.round(raw / 1024), gzipKB: Math.round(gzip / 1024) };
}
