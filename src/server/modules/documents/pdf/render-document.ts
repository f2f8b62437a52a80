import PDFDocument from 'pdfkit';
import { Canvas } from './canvas.js';
import { qrModules } from './qr.js';
import { drawHeading, drawLetterhead, drawTextBlock } from './render-header.js';
import { drawLines } from './render-lines.js';
import { decoratePage, drawFooter, runningHeader } from './render-page.js';
import {
  drawAcceptance,
  drawMentions,
  drawPayment,
  drawTotals,
  paymentBlockHeight,
  totalsBlockHeight,
} from './render-totals.js';
import { THEMES } from './theme.js';
import type { PdfView } from './view-types.js';

/**
 * Renders a document view as an A4 PDF/A-3b: every font embedded (DejaVu, no standard 14
 * fonts), XMP metadata with the PDF/A identification, and an sRGB output intent (pdfkit adds
 * both for the `subset` option). Synchronous work; the promise resolves with the file.
 */
export function renderPdf(view: PdfView): Promise<Buffer> {
  const theme = THEMES[view.style.template];
  const doc = new PDFDocument({
    size: 'A4',
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    lang: view.languageTag,
    displayTitle: true,
    // Page numbers ("1/3") are written once the page count is known.
    bufferPages: true,
    // Our own cursor decides page breaks; pdfkit's margins would add pages behind its back.
    margin: 0,
    // No default font: pdfkit would load Helvetica, a standard font PDF/A does not allow.
    font: '',
    info: { Title: view.info.title, Creator: 'Facto', CreationDate: view.info.createdAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const canvas = new Canvas(doc, theme, view.style.font);
  canvas.onNewPage(() => decoratePage(canvas, view));
  canvas.onNewPage(() => runningHeader(canvas, view));
  decoratePage(canvas, view);

  drawLetterhead(canvas, view);
  drawHeading(canvas, view);
  drawTextBlock(canvas, view.textAbove);
  // What follows the last row on its page: at most a page's worth, or it could never fit.
  const tail = Math.min(
    totalsBlockHeight(canvas, view) + paymentBlockHeight(canvas, view),
    canvas.bottom - theme.top - 200,
  );
  drawLines(canvas, view, tail);
  drawTotals(canvas, view);
  drawPayment(canvas, view, view.payment?.qr ? qrModules(view.payment.qr.payload) : null);
  drawAcceptance(canvas, view);
  drawTextBlock(canvas, view.textBelow);
  drawMentions(canvas, view);

  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    drawFooter(canvas, view, i - start + 1, count);
  }
  doc.end();
  return done;
}
