import type { Canvas } from './canvas.js';
import { INK, MUTED, RULE, inkOf, textOn, tint } from './theme.js';
import type { ColumnKey, PdfColumn, PdfRow, PdfView } from './view-types.js';

/** Fixed widths of the number columns (points); the description takes what is left. */
const WIDTHS: Record<Exclude<ColumnKey, 'description'>, number> = {
  quantity: 42,
  unit: 46,
  unitPrice: 66,
  discount: 44,
  vat: 34,
  amount: 70,
};

interface PlacedColumn extends PdfColumn {
  x: number;
  width: number;
}

const GAP = 6;

function placeColumns(canvas: Canvas, columns: PdfColumn[]): PlacedColumn[] {
  const scale = canvas.theme.size.table / 8.5;
  const fixed = columns
    .filter((c) => c.key !== 'description')
    .reduce((total, c) => total + WIDTHS[c.key as Exclude<ColumnKey, 'description'>] * scale, 0);
  let x = canvas.left;
  return columns.map((column) => {
    const width =
      column.key === 'description'
        ? canvas.width - fixed
        : WIDTHS[column.key as Exclude<ColumnKey, 'description'>] * scale;
    const placed = { ...column, x, width };
    x += width;
    return placed;
  });
}

/** The column titles, wrapped in their column; drawn again on every page the table continues on. */
function drawHeader(canvas: Canvas, view: PdfView, columns: PlacedColumn[]): void {
  const { theme, doc } = canvas;
  const color = view.style.color;
  canvas.font('bold', theme.size.table, theme.filledHeader ? textOn(color) : inkOf(color));
  const textHeight = Math.max(
    ...columns.map((column) => canvas.measure(column.header, column.width - GAP)),
  );
  const height = textHeight + 2 * theme.rowPadding + 2;
  if (theme.filledHeader) {
    canvas.fillRect(canvas.left, canvas.y, canvas.width, height, color);
    canvas.font('bold', theme.size.table, textOn(color));
  }
  const y = canvas.y + theme.rowPadding + 1;
  for (const column of columns) {
    doc.text(column.header, column.x + GAP / 2, y, {
      width: column.width - GAP,
      align: column.align,
    });
  }
  canvas.y += height;
  if (!theme.filledHeader) canvas.rule(canvas.y, color, 1);
  canvas.y += 2;
}

function cell(canvas: Canvas, column: PlacedColumn, value: string, y: number): void {
  if (column.align === 'right') canvas.textRight(value, column.x + column.width - GAP / 2, y);
  else canvas.text(value, column.x + GAP / 2, y);
}

/** Height of a row, measured with the font it is drawn in. */
function rowHeight(canvas: Canvas, row: PdfRow, description: PlacedColumn): number {
  const { theme } = canvas;
  const padding = 2 * theme.rowPadding;
  switch (row.kind) {
    case 'item':
      canvas.font('regular', theme.size.table);
      return canvas.measure(row.cells.description, description.width - GAP) + padding;
    case 'section':
      canvas.font('bold', theme.size.table + 0.5);
      return canvas.measure(row.text, canvas.width - GAP) + padding + 4;
    case 'text':
      canvas.font('italic', theme.size.table);
      return canvas.measure(row.text, canvas.width - GAP) + padding;
    case 'subtotal':
      canvas.font('bold', theme.size.table);
      return canvas.lineHeight() + padding;
  }
}

function drawRow(
  canvas: Canvas,
  view: PdfView,
  row: PdfRow,
  columns: PlacedColumn[],
  height: number,
  stripe: boolean,
): void {
  const { theme } = canvas;
  const top = canvas.y;
  const y = top + theme.rowPadding;
  const description = columns[0] as PlacedColumn;
  switch (row.kind) {
    case 'item':
      if (stripe)
        canvas.fillRect(canvas.left, top, canvas.width, height, tint(view.style.color, 0.93));
      canvas.font('regular', theme.size.table, INK);
      canvas.paragraph(row.cells.description, description.x + GAP / 2, y, description.width - GAP);
      for (const column of columns.slice(1)) cell(canvas, column, row.cells[column.key], y);
      if (!theme.zebra) canvas.rule(top + height, '#e6e6e6', 0.4);
      break;
    case 'section':
      canvas.font('bold', theme.size.table + 0.5, inkOf(view.style.color));
      canvas.paragraph(row.text, canvas.left + GAP / 2, y + 4, canvas.width - GAP);
      break;
    case 'text':
      canvas.font('italic', theme.size.table, MUTED);
      canvas.paragraph(row.text, canvas.left + GAP / 2, y, canvas.width - GAP);
      break;
    case 'subtotal': {
      const amount = columns[columns.length - 1] as PlacedColumn;
      canvas.rule(top, RULE, 0.5, amount.x, canvas.right);
      canvas.font('bold', theme.size.table, INK);
      canvas.textRight(row.amount, amount.x + amount.width - GAP / 2, y);
      canvas.font('regular', theme.size.table, MUTED);
      canvas.textRight(row.label, amount.x - GAP, y);
      break;
    }
  }
}

/**
 * The lines table. Rows never split: one that does not fit starts the next page, under the
 * repeated column titles. A section heading is kept with the row that follows it, and the last
 * row with `tail` points of what follows the table (the totals), so no page of a long
 * document is left without its column titles and the totals never stand alone.
 */
export function drawLines(canvas: Canvas, view: PdfView, tail = 0): void {
  const columns = placeColumns(canvas, view.columns);
  const description = columns[0] as PlacedColumn;
  canvas.font('bold', canvas.theme.size.table);
  canvas.ensure(canvas.lineHeight() * 4);
  drawHeader(canvas, view, columns);
  const stop = canvas.onNewPage(() => drawHeader(canvas, view, columns));
  let stripe = false;
  view.rows.forEach((row, index) => {
    const height = rowHeight(canvas, row, description);
    const next = view.rows[index + 1];
    const keepWith =
      row.kind === 'section' && next ? rowHeight(canvas, next, description) : next ? 0 : tail;
    canvas.ensure(height + keepWith);
    stripe = row.kind === 'item' && canvas.theme.zebra ? !stripe : false;
    drawRow(canvas, view, row, columns, height, stripe);
    canvas.y += height;
  });
  stop();
  canvas.y += 8;
}
