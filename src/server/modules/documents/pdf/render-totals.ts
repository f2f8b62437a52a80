import type { Canvas } from './canvas.js';
import { INK, MUTED, RULE, inkOf, textOn, tint } from './theme.js';
import type { PdfView } from './view-types.js';

const TOTALS_WIDTH = 230;

function totalsHeight(canvas: Canvas, view: PdfView): number {
  const { size } = canvas.theme;
  canvas.font('bold', size.body + 1);
  const line = canvas.lineHeight() + 5;
  let height = view.totals.length * line + 12;
  if (view.settlement) {
    canvas.font('regular', size.small + 0.5);
    height +=
      canvas.measure(`${view.settlement.label}: ${view.settlement.value}`, TOTALS_WIDTH - 12) + 6;
  }
  return height;
}

function vatHeight(canvas: Canvas, view: PdfView): number {
  canvas.font('regular', canvas.theme.size.table);
  return (view.vatSummary.rows.length + 2) * (canvas.lineHeight() + 4) + 6;
}

/** Room the totals need; the table keeps its last row with them. */
export function totalsBlockHeight(canvas: Canvas, view: PdfView): number {
  return Math.max(totalsHeight(canvas, view), vatHeight(canvas, view)) + 10;
}

/** VAT per rate on the left, the totals column on the right; kept together on one page. */
export function drawTotals(canvas: Canvas, view: PdfView): void {
  canvas.ensure(totalsBlockHeight(canvas, view) - 10);
  const top = canvas.y;
  const vatBottom = drawVatSummary(canvas, view, top);
  const totalsBottom = drawTotalColumn(canvas, view, top);
  canvas.y = Math.max(vatBottom, totalsBottom) + 10;
}

function drawVatSummary(canvas: Canvas, view: PdfView, top: number): number {
  const { size } = canvas.theme;
  const width = canvas.width - TOTALS_WIDTH - 30;
  const columns = [canvas.left, canvas.left + width * 0.3, canvas.left + width * 0.65];
  const rights = [canvas.left + width * 0.3 - 10, canvas.left + width * 0.65, canvas.left + width];
  canvas.font('bold', size.table, inkOf(view.style.color));
  canvas.text(view.vatSummary.title, canvas.left, top);
  let y = top + canvas.lineHeight() + 4;
  canvas.font('regular', size.table, MUTED);
  view.vatSummary.headers.forEach((header, i) =>
    i === 0 ? canvas.text(header, columns[0] ?? 0, y) : canvas.textRight(header, rights[i] ?? 0, y),
  );
  y += canvas.lineHeight() + 2;
  canvas.rule(y, RULE, 0.5, canvas.left, canvas.left + width);
  y += 3;
  canvas.font('regular', size.table, INK);
  for (const row of view.vatSummary.rows) {
    row.forEach((value, i) =>
      i === 0 ? canvas.text(value, columns[0] ?? 0, y) : canvas.textRight(value, rights[i] ?? 0, y),
    );
    y += canvas.lineHeight() + 2;
  }
  return y;
}

function drawTotalColumn(canvas: Canvas, view: PdfView, top: number): number {
  const { size } = canvas.theme;
  const left = canvas.right - TOTALS_WIDTH;
  let y = top;
  for (const total of view.totals) {
    const strong = total.emphasis !== undefined;
    canvas.font(strong ? 'bold' : 'regular', size.body + (strong ? 1 : 0));
    const height = canvas.lineHeight() + 5;
    let color = INK;
    if (total.emphasis === 'due') {
      canvas.fillRect(left, y - 1, TOTALS_WIDTH, height + 2, view.style.color);
      color = textOn(view.style.color);
    } else if (total.emphasis === 'total') {
      canvas.rule(y - 1, inkOf(view.style.color), 0.8, left, canvas.right);
    }
    canvas.font(strong ? 'bold' : 'regular', size.body + (strong ? 1 : 0), color);
    canvas.text(total.label, left + 6, y + 2.5);
    canvas.textRight(total.amount, canvas.right - 6, y + 2.5);
    y += height;
  }
  if (view.settlement) {
    y += 6;
    canvas.font('regular', size.small + 0.5, MUTED);
    const text = `${view.settlement.label}: ${view.settlement.value}`;
    y += canvas.paragraph(text, left + 6, y, TOTALS_WIDTH - 12);
  }
  return y;
}

const QR_SIZE = 92;

function paymentTextWidth(canvas: Canvas, view: PdfView): number {
  return canvas.width - (view.payment?.qr ? QR_SIZE + 40 : 20);
}

/** Height of the payment panel (0 when there is none), margin below included. */
export function paymentBlockHeight(canvas: Canvas, view: PdfView): number {
  const payment = view.payment;
  if (!payment) return 0;
  canvas.font('regular', canvas.theme.size.body);
  const width = paymentTextWidth(canvas, view);
  const text = payment.lines.reduce((total, line) => total + canvas.measure(line, width) + 2, 0);
  return Math.max(text + 24, payment.qr ? QR_SIZE + 24 : 0) + 12;
}

/** How to pay, with the EPC QR code on the right (vector modules: sharp at any zoom). */
export function drawPayment(canvas: Canvas, view: PdfView, qr: boolean[][] | null): void {
  const payment = view.payment;
  if (!payment) return;
  const { size } = canvas.theme;
  const qrSize = qr ? QR_SIZE : 0;
  const textWidth = paymentTextWidth(canvas, view);
  const height = paymentBlockHeight(canvas, view) - 12;
  canvas.ensure(height + 6);
  const top = canvas.y;
  canvas.fillRect(canvas.left, top, canvas.width, height, tint(view.style.color, 0.92));
  canvas.font('bold', size.body + 1, inkOf(view.style.color));
  canvas.text(payment.heading, canvas.left + 10, top + 8);
  let y = top + 10 + canvas.lineHeight();
  for (const line of payment.lines) {
    canvas.font(line.includes('+++') ? 'bold' : 'regular', size.body, INK);
    y += canvas.paragraph(line, canvas.left + 10, y, textWidth) + 2;
  }
  if (qr && payment.qr) {
    const x = canvas.right - qrSize - 10;
    drawQr(canvas, qr, x, top + 8, qrSize);
    canvas.font('regular', size.small, MUTED);
    const caption = payment.qr.caption;
    canvas.textRight(caption, x - 6, top + 8 + qrSize - canvas.lineHeight());
  }
  canvas.y = top + height + 12;
}

/** Dark modules as one path of horizontal runs, on a white quiet zone (needed on a tinted panel). */
function drawQr(canvas: Canvas, modules: boolean[][], x: number, y: number, size: number): void {
  const count = modules.length;
  const quiet = 4;
  const module = size / (count + 2 * quiet);
  const { doc } = canvas;
  canvas.fillRect(x, y, size, size, '#ffffff');
  modules.forEach((row, r) => {
    let c = 0;
    while (c < count) {
      if (!row[c]) {
        c += 1;
        continue;
      }
      const start = c;
      while (c < count && row[c]) c += 1;
      doc.rect(
        x + (quiet + start) * module,
        y + (quiet + r) * module,
        (c - start) * module,
        module,
      );
    }
  });
  doc.fillColor('#000000').fill();
}

/** Quotes: room for the customer's agreement and signature, or the signature drawn online. */
export function drawAcceptance(canvas: Canvas, view: PdfView): void {
  if (!view.acceptance) return;
  const { size } = canvas.theme;
  const signature = view.signature;
  const height = signature ? 96 : 70;
  canvas.ensure(height + 10);
  const width = 240;
  const left = canvas.right - width;
  const top = canvas.y;
  canvas.doc.rect(left, top, width, height).lineWidth(0.6).strokeColor(RULE).stroke();
  canvas.font('regular', size.small + 0.5, MUTED);
  canvas.text(view.acceptance, left + 8, top + 6);
  if (signature) {
    const captionTop = top + height - 6 - canvas.measure(signature.caption, width - 16);
    const imageTop = top + 8 + canvas.lineHeight();
    canvas.doc.image(signature.image, left + 8, imageTop, {
      fit: [width - 16, captionTop - imageTop - 4],
      align: 'center',
      valign: 'center',
    });
    canvas.font('regular', size.small + 0.5, INK);
    canvas.paragraph(signature.caption, left + 8, captionTop, width - 16);
  }
  canvas.y = top + height + 12;
}

/** Legal notices in small print: VAT grounds, the 6 % renovation statement. */
export function drawMentions(canvas: Canvas, view: PdfView): void {
  const { size } = canvas.theme;
  canvas.font('regular', size.small + 0.5, MUTED);
  for (const mention of view.mentions) {
    const height = canvas.measure(mention, canvas.width);
    canvas.ensure(height);
    canvas.paragraph(mention, canvas.left, canvas.y, canvas.width);
    canvas.y += height + 4;
  }
}
