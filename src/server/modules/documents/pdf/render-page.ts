import type { Canvas } from './canvas.js';
import { MUTED, RULE, tint } from './theme.js';
import type { PdfView } from './view-types.js';

/**
 * What every page gets before its content: the modern template's colour band, and a draft's
 * watermark, drawn first so the content stays on top of it.
 */
export function decoratePage(canvas: Canvas, view: PdfView): void {
  const { doc } = canvas;
  if (canvas.theme.band) canvas.fillRect(0, 0, doc.page.width, 10, view.style.color);
  if (view.draftLabel) {
    doc.save();
    doc.rotate(-35, { origin: [doc.page.width / 2, doc.page.height / 2] });
    canvas.font('bold', 96, '#f2d5d5');
    const width = doc.widthOfString(view.draftLabel);
    doc.text(view.draftLabel, (doc.page.width - width) / 2, doc.page.height / 2 - 48, {
      lineBreak: false,
    });
    doc.restore();
  }
}

/** Continuation pages start with the document's title, number and customer. */
export function runningHeader(canvas: Canvas, view: PdfView): void {
  const { size } = canvas.theme;
  canvas.font('bold', size.body, MUTED);
  const title = [view.title, view.number ?? view.draftLabel].filter(Boolean).join(' ');
  canvas.text(title, canvas.left, canvas.y);
  canvas.font('regular', size.body, MUTED);
  canvas.textRight(view.customer.name, canvas.right, canvas.y);
  canvas.y += canvas.lineHeight() + 4;
  canvas.rule(canvas.y, RULE);
  canvas.y += 8;
}

/** The foot of every page: the company's mandatory mentions and "page n/N". */
export function drawFooter(canvas: Canvas, view: PdfView, page: number, pages: number): void {
  const { doc, theme } = canvas;
  const top = doc.page.height - theme.footer;
  canvas.rule(top, tint(view.style.color, 0.5));
  canvas.font('regular', theme.size.small, MUTED);
  const label = view.pageLabel(page, pages);
  const labelWidth = doc.widthOfString(label);
  const width = canvas.width - labelWidth - 16;
  doc.text(view.footer, canvas.left, top + 6, { width, lineBreak: true, height: theme.footer - 8 });
  canvas.font('regular', theme.size.small, MUTED);
  canvas.textRight(label, canvas.right, top + 6);
}
