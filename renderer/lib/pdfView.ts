// PDF pages onto canvases with pdfjs-dist, loaded on first use (it is large) with its worker
// served from our own origin (CSP: worker-src 'self').
import type * as PdfjsLib from 'pdfjs-dist';

type Pdfjs = typeof PdfjsLib;
let lib: Promise<Pdfjs> | null = null;
// One worker for every preview: starting a worker per render costs more than the render itself.
let worker: PdfjsLib.PDFWorker | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  lib ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs;
  });
  return lib;
}

/**
 * Renders every page into fresh canvases and only then swaps them in, so the old preview stays
 * on screen while the new one draws. Returns each page's text, or null when `isStale()` turned
 * true meanwhile.
 */
export async function renderPdfInto(container: HTMLElement, bytes: Uint8Array, cssWidth: number, isStale: () => boolean): Promise<string[] | null> {
  const pdfjs = await loadPdfjs();
  worker ??= new pdfjs.PDFWorker();
  const task = pdfjs.getDocument({ data: bytes, worker });
  const doc = await task.promise;
  try {
    const canvases: HTMLCanvasElement[] = [];
    const texts: string[] = [];
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    for (let i = 1; i <= doc.numPages; i++) {
      if (isStale()) return null;
      const page = await doc.getPage(i);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${cssWidth}px`;
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', `Trang ${i}/${doc.numPages}`);
      await page.render({ canvas, viewport }).promise;
      canvases.push(canvas);
      // The page's words, for screen readers (a canvas has none).
      const content = await page.getTextContent();
      texts.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
    }
    if (isStale()) return null;
    container.replaceChildren(...canvases);
    return texts;
  } finally {
    void task.destroy();
  }
}
