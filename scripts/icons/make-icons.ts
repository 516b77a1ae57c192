/**
 * `npm run icons`: renders resources/icons/icon.svg with Chromium (the same engine as the app)
 * at every size the installers need, then writes png/NxN.png (Linux), icon.png, icon.ico
 * (Windows) and icon.icns (macOS). The outputs are committed; run this after changing the SVG.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { buildIcns, buildIco, type SizedPng } from './containers';

const dir = path.resolve(import.meta.dirname, '../../resources/icons');
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const svg = await readFile(path.join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const images: SizedPng[] = [];
try {
  const page = await browser.newPage();
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`,
    );
    images.push({ size, png: await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }) });
  }
} finally {
  await browser.close();
}
await mkdir(path.join(dir, 'png'), { recursive: true });
for (const { size, png } of images) await writeFile(path.join(dir, 'png', `${size}x${size}.png`), png);
const at = (size: number) => images.filter((image) => image.size === size);
await writeFile(path.join(dir, 'icon.png'), at(1024)[0].png);
await writeFile(path.join(dir, 'icon.ico'), buildIco(images.filter((image) => image.size <= 256)));
await writeFile(path.join(dir, 'icon.icns'), buildIcns(images));
console.log(`Wrote ${images.length} PNG sizes, icon.png, icon.ico and icon.icns to ${dir}`);
