import type { Document, LayoutSettings, Organization } from '../../../../contract/index.js';
import { resolveTags } from '../../../../core/tags/index.js';
import { tagValuesOf } from '../document-tags.js';
import { sellerAsIssued } from '../seller-accounts.js';
import { PDF_LABELS, type PdfLanguage } from './labels.js';
import { formatDate } from './format.js';
import { lineColumns, lineRows } from './line-rows.js';
import { legalMentions } from './mentions.js';
import { addressLines, customerLines, legalName, sellerFooter, sellerLines } from './parties.js';
import { paymentBlock } from './payment.js';
import { settlementLine, totalLines, vatSummary } from './totals-view.js';
import type { PdfField, PdfSignature, PdfView } from './view-types.js';

export interface ViewInput {
  document: Document;
  organization: Organization;
  layout: LayoutSettings;
  /** PNG or JPEG bytes the PDF can embed, or null. */
  logo: Buffer | null;
  /** A credit note names the invoice it corrects. */
  creditedInvoiceNumber?: string | null;
  /** A quote signed online. */
  signature?: PdfSignature | null;
}

const LANGUAGE_TAGS: Record<PdfLanguage, string> = {
  fr: 'fr-BE',
  nl: 'nl-BE',
  en: 'en',
  de: 'de-BE',
};

/** Characters that would break the hand-written XMP packet pdfkit makes from the title. */
const XML_SPECIAL = /[<>&"']/g;

/** The plain, printable view of a document: labels in the document's language, amounts formatted. */
export function buildView({
  document,
  organization: current,
  layout,
  logo,
  creditedInvoiceNumber,
  signature,
}: ViewInput): PdfView {
  const organization = sellerAsIssued(document, current);
  const language = document.language;
  const labels = PDF_LABELS[language];
  const date = (iso: string) => formatDate(iso, language);
  const draft = document.status === 'draft';
  const title = labels.title[document.type];

  const meta: PdfField[] = [];
  if (!draft && document.numberFormatted)
    meta.push({ label: labels.number, value: document.numberFormatted });
  meta.push({ label: labels.issueDate, value: date(document.issueDate) });
  if (document.type === 'invoice' && document.dueDate)
    meta.push({ label: labels.dueDate, value: date(document.dueDate) });
  if (document.type === 'quote' && document.validUntil)
    meta.push({ label: labels.validUntil, value: date(document.validUntil) });
  if (layout.showDeliveryDate && document.deliveryDate)
    meta.push({ label: labels.deliveryDate, value: date(document.deliveryDate) });
  if (layout.showOrderReference && document.orderReference)
    meta.push({ label: labels.orderReference, value: document.orderReference });
  if (layout.showCustomerReference && document.customer.reference)
    meta.push({ label: labels.customerReference, value: document.customer.reference });
  if (document.type === 'creditNote' && creditedInvoiceNumber)
    meta.push({ label: labels.creditedInvoice, value: creditedInvoiceNumber });

  const settlement = settlementLine(document, labels, language);
  const tags = tagValuesOf(document, organization, { link: null });
  return {
    language,
    languageTag: LANGUAGE_TAGS[language],
    style: {
      template: layout.template,
      color: layout.color,
      font: layout.font,
      logoPosition: layout.logoPosition,
    },
    info: {
      title: `${title} ${draft ? labels.draft : (document.numberFormatted ?? '')}`
        .replace(XML_SPECIAL, '')
        .trim(),
      createdAt: new Date(document.finalizedAt ?? document.updatedAt),
    },
    title,
    number: draft ? null : document.numberFormatted,
    draftLabel: draft ? labels.draft : null,
    meta,
    seller: {
      name: legalName(organization, labels),
      lines: sellerLines(organization, labels, language),
      logo,
    },
    customer: {
      heading: labels.customer,
      name: document.customer.name,
      lines: customerLines(document.customer, labels, language),
    },
    delivery: document.deliveryAddress && {
      heading: labels.deliveryAddress,
      lines: addressLines(document.deliveryAddress, labels, language),
    },
    // Tags (%customer_name%, %total_amount_incl%…) work in the printed texts as in e-mails.
    textAbove: document.textAbove && resolveTags(document.textAbove, tags, language),
    textBelow: document.textBelow && resolveTags(document.textBelow, tags, language),
    columns: lineColumns(document, labels, layout.showUnitColumn),
    rows: lineRows(document, labels, language),
    vatSummary: vatSummary(document, labels, language),
    totals: totalLines(document, labels, language),
    settlement,
    payment: paymentBlock(document, organization, labels, language, layout.showPaymentQr),
    acceptance: document.type === 'quote' ? labels.quoteAcceptance : null,
    signature:
      document.type === 'quote' && signature
        ? {
            caption: labels.signedOnline(signature.name, signedWhen(signature.signedAt, language)),
            image: signature.image,
          }
        : null,
    mentions: legalMentions(document, organization, labels),
    footer: sellerFooter(organization, labels, language),
    pageLabel: labels.page,
  };
}

const BELGIAN_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as printed: the date and the 24-hour time in Belgium (`15/01/2026 14:05`). */
function signedWhen(at: Date, language: PdfLanguage): string {
  const parts = BELGIAN_TIME.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const day = formatDate(`${part('year')}-${part('month')}-${part('day')}`, language);
  return `${day} ${part('hour')}:${part('minute')}`;
}
