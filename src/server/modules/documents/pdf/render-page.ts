import type { Canvas } from './canvas.js';
import { footerLines } from './footer-lines.js';
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

/** The smallest type the footer shrinks to before it gives up and lets lines run on. */
const FOOTER_MIN_SIZE = 5.5;

/**
 * The foot of every page: the company's mandatory mentions and "page n/N". The counter's room is
 * the widest it gets in this document (two digits from page 10), so every page wraps alike, and
 * the mentions wrap only between parts; they shrink a little rather than leave the footer.
 */
export function drawFooter(canvas: Canvas, view: PdfView, page: number, pages: number): void {
  const { doc, theme } = canvas;
  const top = doc.page.height - theme.footer;
  canvas.rule(top, tint(view.style.color, 0.5));
  let size = theme.size.small;
  let lines: string[];
  for (;;) {
    canvas.font('regular', size, MUTED);
    const counterWidth = doc.widthOfString(view.pageLabel(pages, pages));
    const width = canvas.width - counterWidth - 16;
    lines = footerLines(view.footer, width, (text) => doc.widthOfString(text));
    const room = Math.floor((theme.footer - 8) / canvas.lineHeight());
    if (lines.length <= room || size <= FOOTER_MIN_SIZE) break;
    size -= 0.5;
  }
  const lineHeight = canvas.lineHeight();
  lines.forEach((line, index) => canvas.text(line, canvas.left, top + 6 + index * lineHeight));
  canvas.font('regular', theme.size.small, MUTED);
  canvas.textRight(view.pageLabel(page, pages), canvas.right, top + 6);
}
