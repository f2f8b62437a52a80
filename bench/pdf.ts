/**
 * PDF rendering: a 1-page and a 100-line multi-page invoice rendered by pdfkit (warm median),
 * beside Chromium printing an equivalent HTML invoice to PDF in the same run.
 */
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { DEFAULT_LAYOUT, type Document, type Organization } from '../src/contract/index.js';
import { buildView, renderPdf } from '../src/server/modules/documents/pdf/index.js';
import { sampleDocument } from '../src/server/modules/documents/pdf/sample-document.js';
import type { PdfView } from '../src/server/modules/documents/pdf/view-types.js';
import { median } from './lib.js';

const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);

const organization: Organization = {
  id: '00000000-0000-7000-8000-000000000001',
  legalName: 'Électricité Dupont',
  legalForm: 'srl',
  enterpriseNumber: '0566988259',
  vatNumber: 'BE0566988259',
  vatRegime: 'liable',
  address: {
    street: 'Rue Haute',
    number: '12',
    box: null,
    postalCode: '4000',
    city: 'Liège',
    country: 'BE',
  },
  phone: '+32 4 123 45 67',
  email: 'info@dupont.be',
  website: null,
  registerCourt: 'Liège',
  defaultLanguage: 'fr',
  currency: 'EUR',
  defaultVatRate: '21',
  bankAccounts: [
    {
      id: '00000000-0000-7000-8000-000000000002',
      iban: 'BE68539007547034',
      bic: 'GEBABEBB',
      label: null,
      isDefault: true,
    },
  ],
  logoUrl: null,
  updatedAt: '2026-01-15T09:00:00.000Z',
};

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
  return buildView({ document, organization, layout: DEFAULT_LAYOUT, logo: null });
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

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
  <div class="payment"><b>${e(view.payment?.heading ?? '')}</b>${(view.payment?.lines ?? []).map((l) => `<div>${e(l)}</div>`).join('')}</div>
  ${view.mentions.map((m) => `<p style="font-size:7.5pt;color:#5c5c5c">${e(m)}</p>`).join('')}
  </body></html>`;
}

async function time(run: () => Promise<unknown>, warmup: number, rounds: number): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function pdfBenchmark(): Promise<void> {
  const onePage = invoiceView(0);
  const multiPage = invoiceView(100);
  const pages = async (view: PdfView) =>
    (await renderPdf(view)).toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

  const pdfkitOne = await time(() => renderPdf(onePage), 100, 200);
  const pdfkitMulti = await time(() => renderPdf(multiPage), 30, 60);
  line('PDF 1-page invoice, pdfkit (warm median)', `${pdfkitOne.toFixed(1)} ms (target < 15 ms)`);
  line(
    `PDF 100-line invoice (${await pages(multiPage)} pages), pdfkit`,
    `${pdfkitMulti.toFixed(1)} ms (target < 60 ms)`,
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
    const print = (html: string) => async () => {
      await page.setContent(html);
      return page.pdf({ format: 'A4', printBackground: true });
    };
    const chromeOne = await time(print(invoiceHtml(onePage)), 5, 20);
    const chromeMulti = await time(print(invoiceHtml(multiPage)), 3, 10);
    line('PDF 1-page invoice, Chromium print-to-PDF', `${chromeOne.toFixed(1)} ms`);
    line('PDF 100-line invoice, Chromium print-to-PDF', `${chromeMulti.toFixed(1)} ms`);
    line('Chromium / pdfkit, 1 page', `${(chromeOne / pdfkitOne).toFixed(1)}×`);
    line('Chromium / pdfkit, 100 lines', `${(chromeMulti / pdfkitMulti).toFixed(1)}×`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await pdfBenchmark();
}
