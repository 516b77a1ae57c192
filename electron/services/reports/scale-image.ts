import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { ReportImage } from '../../../shared/domain/report-models';
import { AppError } from '../../../shared/result';
import { imageSize } from './png';

/** Longest side, in pixels, of an image embedded in a report: sharp at 150 dpi on A4. */
export const MAX_IMAGE_SIDE = 1000;
const MAX_INPUT_MEGAPIXELS = 60;

interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

function decode(bytes: Buffer, type: 'png' | 'jpeg'): Pixels {
  if (type === 'png') {
    const png = PNG.sync.read(bytes);
    return { width: png.width, height: png.height, data: png.data };
  }
  return jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_INPUT_MEGAPIXELS, maxMemoryUsageInMB: 1024 });
}

/** Box-filter downscale: each target pixel averages its source area, composited on white. */
function downscale(src: Pixels, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  const sx = src.width / width;
  const sy = src.height / height;
  for (let y = 0; y < height; y += 1) {
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * sy));
    for (let x = 0; x < width; x += 1) {
      const x0 = Math.floor(x * sx);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * sx));
      let r = 0;
      let g = 0;
      let b = 0;
      let n = 0;
      for (let yy = y0; yy < y1; yy += 1) {
        for (let xx = x0; xx < x1; xx += 1) {
          const i = (yy * src.width + xx) * 4;
          const alpha = src.data[i + 3] / 255;
          r += src.data[i] * alpha + 255 * (1 - alpha);
          g += src.data[i + 1] * alpha + 255 * (1 - alpha);
          b += src.data[i + 2] * alpha + 255 * (1 - alpha);
          n += 1;
        }
      }
      const o = (y * width + x) * 4;
      out[o] = r / n;
      out[o + 1] = g / n;
      out[o + 2] = b / n;
      out[o + 3] = 255;
    }
  }
  return out;
}

/**
 * Prepares an evidence image for a report: PNG or JPEG only; anything larger than
 * MAX_IMAGE_SIDE is decoded, box-filtered down and re-encoded as JPEG (quality 82), so a
 * 12-megapixel phone photo adds ~100 KB to the PDF instead of several MB.
 */
export function scaleImageForReport(bytes: Buffer, caption: string): ReportImage {
  const size = imageSize(bytes);
  if (!size) throw new AppError('unsupported', 'imageNotPngOrJpeg', { caption });
  if (size.width * size.height > MAX_INPUT_MEGAPIXELS * 1_000_000) {
    throw new AppError('unsupported', 'imageTooLarge', { caption });
  }
  const longest = Math.max(size.width, size.height);
  if (longest <= MAX_IMAGE_SIDE) {
    const mime = size.type === 'png' ? 'image/png' : 'image/jpeg';
    return { caption, dataUrl: `data:${mime};base64,${bytes.toString('base64')}`, width: size.width, height: size.height };
  }
  const ratio = MAX_IMAGE_SIDE / longest;
  const width = Math.max(1, Math.round(size.width * ratio));
  const height = Math.max(1, Math.round(size.height * ratio));
  const pixels = downscale(decode(bytes, size.type), width, height);
  const encoded = jpeg.encode({ width, height, data: pixels }, 82).data;
  return { caption, dataUrl: `data:image/jpeg;base64,${Buffer.from(encoded).toString('base64')}`, width, height };
}
