import { encodePng } from './png';

/**
 * Makes a handwriting-like signature as a PNG data URL, so sample and demo documents show
 * what a drawn signature looks like without shipping anyone's real one. Deterministic per seed.
 */
export function sampleDrawnSignature(seed: number, width = 420, height = 120): string {
  const rgba = new Uint8Array(width * height * 4);
  const ink = [31, 58, 95];
  const dot = (x: number, y: number, r: number) => {
    for (let dy = -r; dy <= r; dy += 1) {
      for (let dx = -r; dx <= r; dx += 1) {
        const px = Math.round(x + dx);
        const py = Math.round(y + dy);
        if (px < 0 || py < 0 || px >= width || py >= height || dx * dx + dy * dy > r * r) continue;
        const i = (py * width + px) * 4;
        rgba.set([...ink, 255], i);
      }
    }
  };
  // A flowing loop-and-stroke curve: sums of sines whose phases depend on the seed.
  const a = 1 + (seed % 5) * 0.15;
  const b = 2.3 + (seed % 3) * 0.4;
  for (let t = 0; t <= 1; t += 0.0004) {
    const x = 20 + t * (width - 60) + 18 * Math.sin(t * 40 * a);
    const y = height / 2 + 30 * Math.sin(t * 9 * b + seed) * (1 - t * 0.4) + 16 * Math.cos(t * 40 * a);
    dot(x, y, 2);
  }
  // The closing underline flourish.
  for (let t = 0; t <= 1; t += 0.002) dot(60 + t * (width - 120), height - 18 + 6 * Math.sin(t * Math.PI), 1.5);
  return `data:image/png;base64,${encodePng(width, height, rgba).toString('base64')}`;
}

/** A made-up photo-sized evidence image (a bar chart of course enrolments) for the samples. */
export function sampleEvidenceImage(width = 1600, height = 1000): Buffer {
  const rgba = new Uint8Array(width * height * 4).fill(255);
  const fill = (x0: number, y0: number, x1: number, y1: number, c: number[]) => {
    for (let y = y0; y < y1; y += 1) for (let x = x0; x < x1; x += 1) rgba.set([...c, 255], (y * width + x) * 4);
  };
  fill(100, height - 120, width - 80, height - 110, [60, 60, 60]);
  const values = [0.35, 0.5, 0.62, 0.7, 0.84, 0.9];
  values.forEach((v, i) => {
    const x = 160 + i * 230;
    fill(x, Math.round(height - 120 - v * (height - 260)), x + 150, height - 120, i % 2 ? [15, 110, 110] : [31, 58, 95]);
  });
  return encodePng(width, height, rgba);
}
