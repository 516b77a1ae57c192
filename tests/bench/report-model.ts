import jpeg from 'jpeg-js';
import type { AssessmentReportModel, ReportImage } from '../../shared/domain/report-models';
import { evidenceKinds } from '../../shared/domain/report-models';
import { sampleAssessmentReport } from '../../electron/services/reports/samples';
import { scaleImageForReport } from '../../electron/services/reports/scale-image';
import { pick, seededRandom, sentence } from './random';

/** A phone-photo-like JPEG (smooth light, shapes and sensor noise), seeded. */
function photo(random: () => number, width = 2000, height = 1500): Buffer {
  const data = new Uint8Array(width * height * 4);
  const [r0, g0, b0] = [80 + random() * 120, 80 + random() * 120, 80 + random() * 120];
  const cx = random() * width;
  const cy = random() * height;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const light = 1 - Math.hypot(x - cx, y - cy) / (width * 1.2);
      const noise = (random() - 0.5) * 18;
      const stripe = Math.sin(x / 37 + y / 53) * 20;
      data[i] = r0 * light + stripe + noise;
      data[i + 1] = g0 * light + noise;
      data[i + 2] = b0 * light - stripe + noise;
      data[i + 3] = 255;
    }
  }
  return Buffer.from(jpeg.encode({ width, height, data }, 85).data);
}

/**
 * The realistic large report of the issue: 6 criteria × 30 evidence items, 10 of them with a
 * photo, scaled by the real report image path (as the services do before building).
 */
export function largeAssessmentReport(): { model: AssessmentReportModel; images: ReportImage[] } {
  const random = seededRandom(2026);
  const images = Array.from({ length: 10 }, (_, i) => scaleImageForReport(photo(random), `Site visit photo ${i + 1}`));
  const base = sampleAssessmentReport();
  let photoIndex = 0;
  const criteria = base.criteria.map((criterion, c) => ({
    ...criterion,
    evidence: Array.from({ length: 30 }, (_, e) => ({
      kind: pick(random, evidenceKinds),
      source: `Evidence ${c + 1}.${e + 1}: ${sentence(random, 4).slice(0, -1)}`,
      date: '2026-11-03',
      note: sentence(random, 45),
      // Spread the 10 photos over the report: every 18th evidence item carries one.
      images: (c * 30 + e) % 18 === 0 && photoIndex < images.length ? [images[photoIndex++]] : [],
    })),
  }));
  return { model: { ...base, criteria }, images };
}
