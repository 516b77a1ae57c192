import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../electron/services/reports/png';
import { sampleEvidenceImage } from '../../../electron/services/reports/sample-drawings';
import { MAX_IMAGE_SIDE, scaleImageForReport } from '../../../electron/services/reports/scale-image';

const bytesOf = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

describe('evidence images in reports', () => {
  it('scales a large PNG down to the maximum side and re-encodes it as JPEG', () => {
    const big = sampleEvidenceImage(3000, 2000);
    const scaled = scaleImageForReport(big, 'Enrolments');
    expect(scaled).toMatchObject({ width: MAX_IMAGE_SIDE, height: 667, caption: 'Enrolments' });
    expect(scaled.dataUrl.startsWith('data:image/jpeg;base64,')).toBe(true);
    const decoded = jpeg.decode(bytesOf(scaled.dataUrl), { useTArray: true });
    expect([decoded.width, decoded.height]).toEqual([1000, 667]);
    // The chart's first navy bar survives the downscale (x 53–103, y 424–627 after scaling).
    const at = (x: number, y: number) => Array.from(decoded.data.slice((y * decoded.width + x) * 4, (y * decoded.width + x) * 4 + 3));
    expect(at(80, 560)[2]).toBeGreaterThan(at(80, 560)[0] + 30);
  });

  it('keeps a small image as it is', () => {
    const small = sampleEvidenceImage(400, 300);
    const kept = scaleImageForReport(small, 'Small');
    expect(bytesOf(kept.dataUrl).equals(small)).toBe(true);
    expect(imageSize(small)).toEqual({ width: 400, height: 300, type: 'png' });
  });

  it('refuses what is not a PNG or JPEG with a clear message', () => {
    expect(() => scaleImageForReport(Buffer.from('GIF89a....'), 'Scan')).toThrow(/“Scan” is not a PNG or JPEG image/);
  });
});
