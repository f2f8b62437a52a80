import type { Canvas } from './canvas.js';
import { INK, MUTED, inkOf, tint } from './theme.js';
import type { PdfView } from './view-types.js';

/** Fits the logo in the template's box; returns the height it took (0 without a logo). */
function drawLogo(
  canvas: Canvas,
  logo: Buffer,
  x: number,
  y: number,
  align: 'left' | 'right' | 'center',
): number {
  const { width, height } = canvas.theme.logo;
  canvas.doc.image(logo, x, y, { fit: [width, height], ...(align !== 'left' && { align }) });
  return height;
}

/** Seller name and mentions, one per line, aligned to one side or centred. */
function drawSeller(
  canvas: Canvas,
  view: PdfView,
  x: number,
  y: number,
  width: number,
  align: 'left' | 'right' | 'center',
): number {
  const { size } = canvas.theme;
  const place = (value: string, top: number) => {
    const w = canvas.doc.widthOfString(value);
    const left = align === 'left' ? x : align === 'right' ? x + width - w : x + (width - w) / 2;
    canvas.text(value, left, top);
  };
  let top = y;
  canvas.font('bold', size.seller, inkOf(view.style.color));
  place(view.seller.name, top);
  top += canvas.lineHeight() + 2;
  canvas.font('regular', size.small + 0.5, MUTED);
  for (const line of view.seller.lines) {
    place(line, top);
    top += canvas.lineHeight();
  }
  return top - y;
}

/** Logo and company block, placed as the layout says. */
export function drawLetterhead(canvas: Canvas, view: PdfView): void {
  const { logo } = view.seller;
  const top = canvas.y;
  const half = canvas.width / 2;
  let height: number;
  if (view.style.logoPosition === 'center') {
    // pdfkit centres an image inside its fit box: the box itself is centred on the page.
    const boxLeft = canvas.left + (canvas.width - canvas.theme.logo.width) / 2;
    const logoHeight = logo ? drawLogo(canvas, logo, boxLeft, top, 'center') + 8 : 0;
    height =
      logoHeight + drawSeller(canvas, view, canvas.left, top + logoHeight, canvas.width, 'center');
  } else {
    const logoLeft = view.style.logoPosition === 'left';
    const logoHeight = logo
      ? drawLogo(
          canvas,
          logo,
          logoLeft ? canvas.left : canvas.right - canvas.theme.logo.width,
          top,
          logoLeft ? 'left' : 'right',
        )
      : 0;
    // Without a logo the company block takes the logo's side, where letterheads usually put it.
    const sellerLeft = logo ? !logoLeft : true;
    const sellerHeight = drawSeller(
      canvas,
      view,
      sellerLeft ? canvas.left : canvas.left + half,
      top,
      half,
      sellerLeft ? 'left' : 'right',
    );
    height = Math.max(logoHeight, sellerHeight);
  }
  canvas.y = top + height + 14;
}

/**
 * Title, number, dates, references and the delivery address on the left; the customer's address
 * block on the right.
 */
export function drawHeading(canvas: Canvas, view: PdfView): void {
  const { size } = canvas.theme;
  const top = canvas.y;
  const color = inkOf(view.style.color);

  canvas.font('bold', size.title, color);
  const titleWidth = canvas.text(view.title, canvas.left, top);
  if (view.draftLabel) {
    canvas.font('bold', size.title * 0.6, '#b03a2e');
    canvas.text(view.draftLabel, canvas.left + titleWidth + 10, top + size.title * 0.32);
  }
  canvas.font('bold', size.title, color);
  let y = top + canvas.lineHeight() + 4;

  const labelWidth = 100;
  for (const field of view.meta) {
    canvas.font('regular', size.body, MUTED);
    canvas.text(field.label, canvas.left, y);
    canvas.font('bold', size.body, INK);
    canvas.text(field.value, canvas.left + labelWidth, y);
    y += canvas.lineHeight() + 1;
  }

  // The address block sits where a right-hand envelope window shows it.
  const boxLeft = canvas.left + canvas.width * 0.56;
  // The deliver-to address stays out of the window: under the dates, on the left.
  if (view.delivery) {
    const width = boxLeft - canvas.left - 16;
    y += 6;
    canvas.font('regular', size.body, MUTED);
    y += canvas.paragraph(view.delivery.heading, canvas.left, y, width) + 1;
    canvas.font('regular', size.body, INK);
    for (const line of view.delivery.lines) y += canvas.paragraph(line, canvas.left, y, width);
  }
  const boxWidth = canvas.right - boxLeft;
  const padding = 10;
  const blockHeight = customerHeight(canvas, view, boxWidth - 2 * padding) + 2 * padding;
  if (canvas.theme.filledHeader) {
    canvas.fillRect(boxLeft, top, boxWidth, blockHeight, tint(view.style.color, 0.9));
  } else {
    canvas.doc
      .rect(boxLeft, top, boxWidth, blockHeight)
      .lineWidth(0.5)
      .strokeColor(tint(view.style.color, 0.4))
      .stroke();
  }
  drawCustomer(canvas, view, boxLeft + padding, top + padding, boxWidth - 2 * padding);
  canvas.y = Math.max(y, top + blockHeight) + 16;
}

function customerHeight(canvas: Canvas, view: PdfView, width: number): number {
  const { size } = canvas.theme;
  canvas.font('regular', size.small);
  let height = canvas.lineHeight() + 2;
  canvas.font('bold', size.body + 1);
  height += canvas.measure(view.customer.name, width) + 1;
  canvas.font('regular', size.body);
  for (const line of view.customer.lines) height += canvas.measure(line, width);
  return height;
}

function drawCustomer(canvas: Canvas, view: PdfView, x: number, y: number, width: number): void {
  const { size } = canvas.theme;
  canvas.font('regular', size.small, MUTED);
  canvas.text(view.customer.heading.toUpperCase(), x, y);
  let top = y + canvas.lineHeight() + 2;
  canvas.font('bold', size.body + 1, INK);
  top += canvas.paragraph(view.customer.name, x, top, width) + 1;
  canvas.font('regular', size.body, INK);
  for (const line of view.customer.lines) top += canvas.paragraph(line, x, top, width);
}

/** Free text above the lines (introduction, site address…), one paragraph per line break. */
export function drawTextBlock(canvas: Canvas, text: string | null): void {
  if (!text) return;
  const { size } = canvas.theme;
  canvas.font('regular', size.body, INK);
  for (const paragraph of text.split(/\r?\n/)) {
    const height = paragraph.trim()
      ? canvas.measure(paragraph, canvas.width)
      : canvas.lineHeight() / 2;
    canvas.ensure(height);
    if (paragraph.trim()) canvas.paragraph(paragraph, canvas.left, canvas.y, canvas.width);
    canvas.y += height;
  }
  canvas.y += 10;
}
