/**
 * PDF rendering, warm process: 20 distinct one-page invoices (customers, lines, amounts and QR
 * codes all differ) rendered by pdfkit, median and p95, beside Chromium printing the same
 * invoices as HTML (`setContent` + `pdf`) in the same run; and a 100-line multi-page invoice.
 * Nothing is cached per document: each round renders each invoice anew.
 */
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { DEFAULT_LAYOUT, type Document } from '../src/contract/index.js';
import { buildView, renderPdf } from '../src/server/modules/documents/pdf/index.js';
import { sampleDocument } from '../src/server/modules/documents/pdf/sample-document.js';
import type { PdfView } from '../src/server/modules/documents/pdf/view-types.js';
import { qrModules } from '../src/server/modules/documents/pdf/qr.js';
import { median } from './lib.js';
import { benchInvoiceViews, benchOrganization } from './pdf-invoices.js';

const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);

/** The sample invoice, plus `extra` copies of its first item line (the totals stay the sample's). */
function invoiceView(extra: number): PdfView {
  const document: Document = sampleDocument('invoice', 'fr', '2026-01-15');
  const item = document.lines.find((l) => l.kind === 'item');
  if (item) {
    for (let i = 0; i < extra; i += 1)
      document.lines.push({
        ...item,
        description: `Article ${i + 1} — fourniture et pose selon le métré`,
      });
  }
  return buildView({
    document,
    organization: benchOrganization,
    layout: DEFAULT_LAYOUT,
    logo: null,
  });
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/** The EPC QR code as inline SVG, one rectangle per dark module, as an HTML template would. */
function qrSvg(view: PdfView): string {
  if (!view.payment?.qr) return '';
  const modules = qrModules(view.payment.qr.payload);
  const rects = modules
    .flatMap((row, y) =>
      row.map((dark, x) => (dark ? `<rect x="${x}" y="${y}" width="1" height="1"/>` : '')),
    )
    .join('');
  return `<svg style="float:right;width:80pt;height:80pt" viewBox="0 0 ${modules.length} ${modules.length}">${rects}</svg>`;
}

/** The same content as HTML, as an HTML-to-PDF pipeline would print it. */
function invoiceHtml(view: PdfView): string {
  const e = escapeHtml;
  const rows = view.rows
    .map((row) => {
      switch (row.kind) {
        case 'item':
          return `<tr>${view.columns.map((c) => `<td class="${c.align}">${e(row.cells[c.key])}</td>`).join('')}</tr>`;
        case 'section':
          return `<tr class="section"><td colspan="${view.columns.length}">${e(row.text)}</td></tr>`;
        case 'text':
          return `<tr><td colspan="${view.columns.length}"><em>${e(row.text)}</em></td></tr>`;
        case 'subtotal':
          return `<tr><td colspan="${view.columns.length - 1}" class="right">${e(row.label)}</td><td class="right"><b>${e(row.amount)}</b></td></tr>`;
      }
    })
    .join('');
  return `<!doctype html><html lang="${view.languageTag}"><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 16mm 16mm 20mm; }
    body { font: 9pt "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; color: #1a1a1a; }
    h1 { color: ${view.style.color}; font-size: 22pt; margin: 12pt 0 4pt; }
    .seller b { color: ${view.style.color}; font-size: 12pt; } .seller div { color: #5c5c5c; font-size: 8pt; }
    .customer { float: right; width: 42%; border: 0.5pt solid #9ab; padding: 8pt; }
    table { width: 100%; border-collapse: collapse; margin-top: 16pt; }
    thead { display: table-header-group; } th { color: ${view.style.color}; border-bottom: 1pt solid ${view.style.color}; text-align: left; }
    td, th { padding: 3pt; font-size: 8.5pt; } tr { page-break-inside: avoid; } td { border-bottom: 0.4pt solid #e6e6e6; }
    .right { text-align: right; } .section td { font-weight: bold; color: ${view.style.color}; border: 0; padding-top: 8pt; }
    .totals { width: 45%; margin-left: auto; } .totals td { font-size: 9pt; }
    .payment { background: #eef2f6; padding: 10pt; margin-top: 12pt; }
  </style></head><body>
  <div class="seller"><b>${e(view.seller.name)}</b>${view.seller.lines.map((l) => `<div>${e(l)}</div>`).join('')}</div>
  <div class="customer"><small>${e(view.customer.heading)}</small><br><b>${e(view.customer.name)}</b>${view.customer.lines.map((l) => `<br>${e(l)}`).join('')}</div>
  <h1>${e(view.title)}</h1>${view.meta.map((f) => `<div>${e(f.label)}: <b>${e(f.value)}</b></div>`).join('')}
  <table><thead><tr>${view.columns.map((c) => `<th class="${c.align}">${e(c.header)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>
  <table class="totals">${view.totals.map((t) => `<tr><td>${e(t.label)}</td><td class="right">${e(t.amount)}</td></tr>`).join('')}</table>
  <div class="payment">${qrSvg(view)}<b>${e(view.payment?.heading ?? '')}</b>${(view.payment?.lines ?? []).map((l) => `<div>${e(l)}</div>`).join('')}</div>
  ${view.mentions.map((m) => `<p style="font-size:7.5pt;color:#5c5c5c">${e(m)}</p>`).join('')}
  </body></html>`;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)] ?? 0;

/** Renders every item `rounds` times after `warmup` rounds; the time of each single render. */
async function timeEach<T>(
  items: T[],
  render: (item: T) => Promise<unknown>,
  warmup: number,
  rounds: number,
): Promise<number[]> {
  for (let r = 0; r < warmup; r += 1) for (const item of items) await render(item);
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1)
    for (const item of items) {
      const start = performance.now();
      await render(item);
      times.push(performance.now() - start);
    }
  return times;
}

const describe = (times: number[]) =>
  `median ${median(times).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms`;

export async function pdfBenchmark(): Promise<void> {
  const invoices = benchInvoiceViews();
  const multiPage = invoiceView(100);
  const pageCount = async (view: PdfView) =>
    (await renderPdf(view)).toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

  // Warm: the code compiled and the fonts parsed on forty other invoices. Each measured invoice
  // is then rendered for the first time, so none of its own words is in the word cache.
  await timeEach(benchInvoiceViews(100, 40), renderPdf, 2, 0);
  const pdfkitOne = await timeEach(invoices, renderPdf, 0, 1);
  const pdfkitAgain = await timeEach(invoices, renderPdf, 0, 5);
  const pdfkitMulti = await timeEach([multiPage], renderPdf, 30, 60);
  const pages = await Promise.all(invoices.map(pageCount));
  if (pages.some((p) => p !== 1)) throw new Error(`not all one page: ${pages.join(', ')}`);
  line('PDF 20 distinct 1-page invoices, pdfkit (warm)', describe(pdfkitOne));
  line('  the same 20 again (their words already laid out)', describe(pdfkitAgain));
  line(
    `PDF 100-line invoice (${await pageCount(multiPage)} pages), pdfkit`,
    `${describe(pdfkitMulti)} (target median < 60 ms)`,
  );

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    const print = async (html: string) => {
      await page.setContent(html);
      return page.pdf({ format: 'A4', printBackground: true });
    };
    await timeEach(benchInvoiceViews(100, 5).map(invoiceHtml), print, 1, 0);
    const chromeOne = await timeEach(invoices.map(invoiceHtml), print, 0, 2);
    const chromeMulti = await timeEach([invoiceHtml(multiPage)], print, 3, 10);
    line('PDF 20 distinct 1-page invoices, Chromium (warm)', describe(chromeOne));
    line('PDF 100-line invoice, Chromium print-to-PDF', describe(chromeMulti));
    line(
      'Chromium / pdfkit, 1 page (medians)',
      `${(median(chromeOne) / median(pdfkitOne)).toFixed(1)}× (target >= 10×)`,
    );
    line(
      'Chromium / pdfkit, 100 lines (medians)',
      `${(median(chromeMulti) / median(pdfkitMulti)).toFixed(1)}×`,
    );
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await pdfBenchmark();
}
