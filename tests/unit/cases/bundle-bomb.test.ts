import { Zip, ZipDeflate, zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../electron/services/cases/bundle';
import { unzipBounded } from '../../../electron/services/cases/bundle-unzip';

/** A real zip bomb: `case.json` of `megabytes` MB of zeros, compressed to about 1 MB per GB. */
function bomb(megabytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  const manifest = new ZipDeflate('manifest.json', { level: 1 });
  zip.add(manifest);
  manifest.push(strToU8('{}'), true);
  const entry = new ZipDeflate('case.json', { level: 1 });
  zip.add(entry);
  const zeros = new Uint8Array(1024 * 1024);
  for (let i = 0; i < megabytes; i++) entry.push(zeros, i === megabytes - 1);
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

describe('case files that unpack to far more than they weigh', () => {
  it('refuses a zip bomb quickly, with a clear message and bounded memory', async () => {
    // 256 MB keeps building the bomb fast; the refusal is the same for 1 GB (it stops at 50 MB).
    const bytes = bomb(256);
    expect(bytes.length).toBeGreaterThan(100_000);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const heapBefore = process.memoryUsage().rss;
    const started = performance.now();
    const result = await decodeBundle(bytes);
    const ms = performance.now() - started;
    const grew = process.memoryUsage().rss - heapBefore;
    console.info(
      `zip bomb: ${(bytes.length / 1024).toFixed(0)} KB → 256 MB refused in ${ms.toFixed(0)} ms, rss +${(grew / 1048576).toFixed(0)} MB`,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringContaining('case.json is too large'),
        key: 'bundleUnpacksTooLarge',
        values: { entry: ' (case.json is too large)' },
      },
    });
    // Stops at the 50 MB case.json limit: nowhere near the gigabyte it claims to hold.
    expect(grew).toBeLessThan(400 * 1024 * 1024);
  }, 60_000);

  it('stops an entry the moment it inflates past the size its header declares', async () => {
    const zip = zipSync({ 'case.json': new Uint8Array(5 * 1024 * 1024) });
    // Patch the declared (uncompressed) size in the local header (offset 22) and the central
    // directory (offset 24 from its signature) down to 100 bytes: a header that lies.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint32(22, 100, true);
    for (let i = zip.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 100, true);
        break;
      }
    }
    const result = await unzipBounded(zip, { maxEntries: 10, maxTotalBytes: 1e9, maxEntryBytes: () => 1e9 });
    expect(result).toEqual({ ok: false, reason: 'too_large', name: 'case.json' });
  });

  it('still unpacks an honest archive entry by entry', async () => {
    const zip = zipSync({ 'manifest.json': strToU8('{"a":1}'), 'attachments/x': new Uint8Array(300_000).fill(7) });
    const result = await unzipBounded(zip, { maxEntries: 10, maxTotalBytes: 1e9, maxEntryBytes: () => 1e9 });
    expect(result.ok && Object.keys(result.files).sort()).toEqual(['attachments/x', 'manifest.json']);
    expect(result.ok && result.files['attachments/x'].every((b) => b === 7)).toBe(true);
  });

  it('refuses more entries than a case file can hold', async () => {
    const zip = zipSync(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}`, strToU8('x')])));
    expect(await unzipBounded(zip, { maxEntries: 10, maxTotalBytes: 1e9, maxEntryBytes: () => 1e9 })).toEqual({
      ok: false,
      reason: 'too_many',
    });
  });
});
