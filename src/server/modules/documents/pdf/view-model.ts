import type { Document, LayoutSettings, Organization } from '../../../../contract/index.js';
import { resolveTags } from '../../../../core/tags/index.js';
import { kindOf } from '../document-kinds.js';
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
export function buildView(input: ViewInput): PdfView {
  const { document, organization: current, layout, logo } = input;
  const organization = sellerAsIssued(document, current);
  const language = document.language;
  const labels = PDF_LABELS[language];
  const date = (iso: string) => formatDate(iso, language);
  const draft = document.status === 'draft';
  const kind = kindOf(document.type);
  const title = kind.pdf.title[language];
  // What this kind prints besides the common parts: its dates, references, acceptance box.
  const own = kind.pdf.view({ ...input, language, labels, date });

  const meta: PdfField[] = [];
  if (!draft && document.numberFormatted)
    meta.push({ label: labels.number, value: document.numberFormatted });
  meta.push({ label: labels.issueDate, value: date(document.issueDate) });
  meta.push(...own.dates);
  if (layout.showDeliveryDate && document.deliveryDate)
    meta.push({ label: labels.deliveryDate, value: date(document.deliveryDate) });
  if (layout.showOrderReference && document.orderReference)
    meta.push({ label: labels.orderReference, value: document.orderReference });
  if (layout.showCustomerReference && document.customer.reference)
    meta.push({ label: labels.customerReference, value: document.customer.reference });
  meta.push(...own.references);

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
    acceptance: own.acceptance,
    signature: own.signature,
    mentions: legalMentions(document, organization, labels),
    footer: sellerFooter(organization, labels, language),
    pageLabel: labels.page,
  };
}
