import * as pdfjs from 'pdfjs-dist';
// Vite bundles the worker as a .js chunk (served as JavaScript by the app protocol and the host).
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';

let port: Worker | null = null;
function ensureWorker() {
  port ??= new PdfWorker();
  pdfjs.GlobalWorkerOptions.workerPort = port;
}

/**
 * Draws each page of a PDF to a PNG data URL with pdf.js, so the preview shows the very bytes
 * that will be signed without a PDF plug-in (the app's CSP allows no frames or objects).
 */
export async function renderPages(pdfBase64: string, width = 900): Promise<string[]> {
  ensureWorker();
  const data = Uint8Array.from(atob(pdfBase64), (c) => c.charCodeAt(0));
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: width / base.width });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      await page.render({ canvas, viewport }).promise;
      pages.push(canvas.toDataURL('image/png'));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
