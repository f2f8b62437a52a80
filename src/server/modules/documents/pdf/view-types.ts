import type { LayoutSettings } from '../../../../contract/index.js';
import type { PdfLanguage } from './labels.js';

/**
 * What a printed document shows, already translated and formatted: the renderers only place it
 * on the page. Built from the API's `Document`, so the PDF and the API never disagree.
 */
export interface PdfView {
  language: PdfLanguage;
  /** BCP 47 tag for the PDF catalogue (screen readers, hyphenation). */
  languageTag: string;
  style: Pick<LayoutSettings, 'template' | 'color' | 'font' | 'logoPosition'>;
  info: { title: string; createdAt: Date };
  title: string;
  /** Null on a draft, which has no number yet. */
  number: string | null;
  /** The draft watermark, null once finalized. */
  draftLabel: string | null;
  meta: PdfField[];
  seller: { name: string; lines: string[]; logo: Buffer | null };
  customer: { heading: string; name: string; lines: string[] };
  /** The deliver-to address, when the document has one. */
  delivery: { heading: string; lines: string[] } | null;
  textAbove: string | null;
  textBelow: string | null;
  columns: PdfColumn[];
  rows: PdfRow[];
  vatSummary: {
    title: string;
    headers: [string, string, string];
    rows: [string, string, string][];
  };
  totals: PdfTotal[];
  /** The settlement discount: both totals printed (DOMAIN §4.4). */
  settlement: PdfField | null;
  payment: PdfPayment | null;
  /** Quotes: a box for the customer's signature. */
  acceptance: string | null;
  /** Quotes signed online: drawn in that box, with who signed and when. */
  signature: { caption: string; image: Buffer } | null;
  mentions: string[];
  /** The mandatory company mentions, repeated at the bottom of every page; each kept whole. */
  footer: string[];
  pageLabel: (page: number, pages: number) => string;
}

export interface PdfField {
  label: string;
  value: string;
}

export type ColumnKey =
  'description' | 'quantity' | 'unit' | 'unitPrice' | 'discount' | 'vat' | 'amount';

export interface PdfColumn {
  key: ColumnKey;
  header: string;
  align: 'left' | 'right';
}

export type PdfRow =
  | { kind: 'item'; cells: Record<ColumnKey, string> }
  | { kind: 'section'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'subtotal'; label: string; amount: string };

export interface PdfTotal {
  label: string;
  amount: string;
  emphasis?: 'total' | 'due';
}

export interface PdfPayment {
  heading: string;
  lines: string[];
  /** EPC069-12 payload, printed as a QR code with error correction M. */
  qr: { payload: string; caption: string } | null;
}

/** A customer's online signature (links module), printed in the quote's acceptance box. */
export interface PdfSignature {
  name: string;
  signedAt: Date;
  /** The PNG the customer drew, checked when it was received. */
  image: Buffer;
}
