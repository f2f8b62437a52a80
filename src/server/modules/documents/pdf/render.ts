import type { PdfView } from './view-types.js';

/**
 * Renders a document view as an A4 PDF/A-3b (render-document.ts). pdfkit, fontkit and the fonts
 * are loaded by the first PDF rather than at start-up, which does not need them.
 */
export async function renderPdf(view: PdfView): Promise<Buffer> {
  const { renderPdf: render } = await import('./render-document.js');
  return render(view);
}
