// pdfkit's types only (the PDFKit namespace): the package itself loads with the first PDF.
import type {} from 'pdfkit';
import type { LayoutFont } from '../../../../contract/index.js';
import { FONT_STYLES, fontSource, sharedLayoutCache, type FontStyle } from './fonts.js';
import { INK, type Theme } from './theme.js';

type Doc = PDFKit.PDFDocument;

/** pdfkit's current font: its per-document cache of laid-out words is replaced by a shared one. */
interface PdfkitFont {
  layoutCache?: Record<string, unknown>;
}

/**
 * The page being written and a cursor down it. Renderers ask for room before drawing a block;
 * a new page runs the registered page starters (running header, repeated table header).
 */
export class Canvas {
  y: number;
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly bottom: number;
  private readonly pageStarters: (() => void)[] = [];
  private readonly layoutCaches: Record<FontStyle, Record<string, unknown>>;

  constructor(
    readonly doc: Doc,
    readonly theme: Theme,
    family: LayoutFont,
  ) {
    this.left = theme.margin;
    this.right = doc.page.width - theme.margin;
    this.width = this.right - this.left;
    this.bottom = doc.page.height - theme.footer - 8;
    this.y = theme.top;
    // Registered by name, a font is looked up by that name; passed as an object, pdfkit would
    // wrap and compare it anew at every switch between regular and bold.
    for (const style of FONT_STYLES) doc.registerFont(style, fontSource(family, style));
    this.layoutCaches = {
      regular: sharedLayoutCache(family, 'regular'),
      bold: sharedLayoutCache(family, 'bold'),
      italic: sharedLayoutCache(family, 'italic'),
    };
  }

  font(style: FontStyle, size: number, color = INK): this {
    this.doc.font(style).fontSize(size).fillColor(color);
    const current = (this.doc as unknown as { _font: PdfkitFont | null })._font;
    if (current?.layoutCache) current.layoutCache = this.layoutCaches[style];
    return this;
  }

  /** Single-line text; returns its width. */
  text(value: string, x: number, y: number): number {
    this.doc.text(value, x, y, { lineBreak: false });
    return this.doc.widthOfString(value);
  }

  textRight(value: string, right: number, y: number): void {
    this.doc.text(value, right - this.doc.widthOfString(value), y, { lineBreak: false });
  }

  /** Wrapped text in a box of the given width; returns the height used. */
  paragraph(value: string, x: number, y: number, width: number): number {
    const height = this.doc.heightOfString(value, { width });
    this.doc.text(value, x, y, { width });
    return height;
  }

  measure(value: string, width: number): number {
    return this.doc.heightOfString(value, { width });
  }

  lineHeight(): number {
    return this.doc.currentLineHeight(true);
  }

  onNewPage(starter: () => void): () => void {
    this.pageStarters.push(starter);
    return () => {
      const index = this.pageStarters.indexOf(starter);
      if (index >= 0) this.pageStarters.splice(index, 1);
    };
  }

  /** Moves to a new page unless `height` still fits below the cursor. */
  ensure(height: number): void {
    if (this.y + height <= this.bottom) return;
    this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.theme.top;
    for (const start of this.pageStarters) start();
  }

  rule(y: number, color: string, thickness = 0.5, from = this.left, to = this.right): void {
    this.doc.moveTo(from, y).lineTo(to, y).lineWidth(thickness).strokeColor(color).stroke();
  }

  fillRect(x: number, y: number, width: number, height: number, color: string): void {
    this.doc.rect(x, y, width, height).fillColor(color).fill();
  }
}
