import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ICNS_TYPES } from '../../../scripts/icons/containers';

const icons = path.resolve(import.meta.dirname, '../../../resources/icons');
const size = (png: Buffer) => {
  const image = PNG.sync.read(png);
  return [image.width, image.height];
};

describe('the committed icon set (npm run icons)', () => {
  it('has every Linux PNG size at its named size, with transparent corners', async () => {
    for (const n of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = await readFile(path.join(icons, 'png', `${n}x${n}.png`));
      expect(size(png)).toEqual([n, n]);
      const image = PNG.sync.read(png);
      expect(image.data[3]).toBe(0); // top-left pixel's alpha: the rounded square leaves it clear
    }
  });

  it('icon.ico holds PNGs from 16 to 256 pixels, each where its directory entry says', async () => {
    const ico = await readFile(path.join(icons, 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i;
      const declared = ico.readUInt8(entry) || 256;
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      expect(size(png)).toEqual([declared, declared]);
      sizes.push(declared);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('icon.icns holds every PNG element macOS reads, up to 1024 pixels', async () => {
    const icns = await readFile(path.join(icons, 'icon.icns'));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: Array<{ type: string; size: number }> = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const png = icns.subarray(at + 8, at + icns.readUInt32BE(at + 4));
      found.push({ type: icns.toString('ascii', at, at + 4), size: size(png)[0] });
    }
    expect(found).toEqual(ICNS_TYPES);
  });
});
