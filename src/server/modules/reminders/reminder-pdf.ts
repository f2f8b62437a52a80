import Big from 'big.js';
import PDFDocument from 'pdfkit';
import type { Document, LayoutSettings, Organization } from '../../../contract/index.js';
import { formatIban } from '../../../core/identifiers/index.js';
import { EpcQrError, epcQrPayload } from '../../../core/payments/index.js';
import type { InterestPeriod } from '../../../core/reminders/index.js';
// The document PDFs' building blocks, reused as they are (read only): fonts, theme, letterhead,
// address block, payment panel with the EPC QR code, page footer.
import {
  buildView,
  Canvas,
  formatDate,
  formatMoney,
  formatPercent,
  PDF_LABELS,
  defaultBankAccount,
  sellerAsIssued,
  qrModules,
  drawHeading,
  drawLetterhead,
  drawTextBlock,
  decoratePage,
  drawFooter,
  runningHeader,
  drawPayment,
  INK,
  RULE,
  THEMES,
  inkOf,
  textOn,
} from '../documents/index.js';
import { REMINDER_LABELS, reminderLanguage } from './reminder-labels.js';

/** What a reminder printed: the amounts and texts stored when it was made. */
export interface ReminderPrint {
  date: string;
  /** 1 for the invoice's first reminder. */
  sequence: number;
  openBalance: string;
  amountPaid: string;
  credited: string;
  interestPeriods: InterestPeriod[];
  indemnity: string;
  damages: string;
  totalDue: string;
  newDueDate: string | null;
  /** The step's bottom text and, for a consumer's first reminder, the legal notice. */
  bottom: string;
  legal: string | null;
}

export interface ReminderPdfInput {
  invoice: Document;
  organization: Organization;
  layout: LayoutSettings;
  logo: Buffer | null;
  reminder: ReminderPrint;
}

type Row = { label: string; amount: string; strong?: boolean };

/** The amounts, one row each, with the total on the brand colour. */
function drawAmounts(
  canvas: Canvas,
  color: string,
  heading: [string, string],
  rows: Row[],
  total: Row,
) {
  const { size, rowPadding } = canvas.theme;
  const amountWidth = 90;
  const labelWidth = canvas.width - amountWidth - 12;
  canvas.ensure(60);
  canvas.font('bold', size.table, inkOf(color));
  canvas.text(heading[0], canvas.left, canvas.y);
  canvas.textRight(heading[1], canvas.right, canvas.y);
  canvas.y += canvas.lineHeight() + 3;
  canvas.rule(canvas.y, color, 1);
  canvas.y += rowPadding + 1;
  for (const row of rows) {
    canvas.font(row.strong ? 'bold' : 'regular', size.table, INK);
    const height = canvas.measure(row.label, labelWidth);
    canvas.ensure(height + 2 * rowPadding);
    canvas.paragraph(row.label, canvas.left, canvas.y, labelWidth);
    canvas.textRight(row.amount, canvas.right, canvas.y);
    canvas.y += height + rowPadding;
    canvas.rule(canvas.y, RULE, 0.5);
    canvas.y += rowPadding;
  }
  canvas.font('bold', size.body + 1);
  const height = canvas.lineHeight() + 8;
  canvas.ensure(height + 10);
  canvas.fillRect(canvas.left, canvas.y, canvas.width, height, color);
  canvas.font('bold', size.body + 1, textOn(color));
  canvas.text(total.label, canvas.left + 6, canvas.y + 4);
  canvas.textRight(total.amount, canvas.right - 6, canvas.y + 4);
  canvas.y += height + 16;
}

/**
 * A reminder as an A4 PDF/A-3b in the invoice's layout: letterhead, the customer's address in
 * the envelope window, the invoice it is about, what is due (balance, interest, compensation or
 * damages), the new deadline, the step's text, and an EPC QR code for the total.
 */
export function renderReminderPdf(input: ReminderPdfInput): Promise<Buffer> {
  const { invoice, layout, reminder } = input;
  // A reminder asks payment to the account the invoice was issued with.
  const organization = sellerAsIssued(invoice, input.organization);
  const language = reminderLanguage(invoice.language);
  const labels = REMINDER_LABELS[language];
  const pdfLabels = PDF_LABELS[language];
  const date = (iso: string) => formatDate(iso, language);
  const money = (value: string) => formatMoney(value, language, invoice.currency);
  const base = buildView({
    document: { ...invoice, language },
    organization,
    layout,
    logo: input.logo,
  });
  const number = invoice.numberFormatted ?? '';
  const view = {
    ...base,
    title: labels.title,
    number,
    draftLabel: null,
    info: {
      title: `${labels.title} ${number}`.replace(/[<>&"']/g, '').trim(),
      createdAt: new Date(`${reminder.date}T12:00:00Z`),
    },
    meta: [
      { label: labels.reminderDate, value: date(reminder.date) },
      { label: labels.invoice, value: number },
      { label: labels.invoiceDate, value: date(invoice.issueDate) },
      ...(invoice.dueDate ? [{ label: labels.originalDueDate, value: date(invoice.dueDate) }] : []),
      ...(reminder.newDueDate
        ? [{ label: labels.newDueDate, value: date(reminder.newDueDate) }]
        : []),
      ...(invoice.customer.reference
        ? [{ label: labels.customerReference, value: invoice.customer.reference }]
        : []),
    ],
    mentions: [],
    payment: null as typeof base.payment,
  };

  const paid = new Big(reminder.amountPaid);
  const credited = new Big(reminder.credited);
  const rows: Row[] = [
    { label: `${labels.invoiceTotal} ${number}`, amount: money(invoice.totals.totalIncl) },
  ];
  if (paid.gt(0)) rows.push({ label: labels.alreadyPaid, amount: money(paid.neg().toFixed(2)) });
  if (credited.gt(0))
    rows.push({ label: labels.credited, amount: money(credited.neg().toFixed(2)) });
  rows.push({ label: labels.openBalance, amount: money(reminder.openBalance), strong: true });
  for (const period of reminder.interestPeriods)
    rows.push({
      label: labels.interest(
        formatPercent(period.ratePercent, language),
        date(period.from),
        date(period.to),
        period.days,
        money(period.amount),
      ),
      amount: money(period.interest),
    });
  if (new Big(reminder.indemnity).gt(0))
    rows.push({ label: labels.indemnity, amount: money(reminder.indemnity) });
  if (new Big(reminder.damages).gt(0))
    rows.push({ label: labels.damages, amount: money(reminder.damages) });
  const total: Row = { label: labels.totalDue, amount: money(reminder.totalDue) };

  // How to pay: the total, the new deadline, the account and the structured communication,
  // and an EPC QR code for the total (EUR only, as the standard requires).
  const account = defaultBankAccount(organization);
  const lines = [
    pdfLabels.payBy(
      money(reminder.totalDue),
      reminder.newDueDate ? date(reminder.newDueDate) : null,
    ),
  ];
  if (account)
    lines.push(
      `${pdfLabels.iban} ${formatIban(account.iban)}${account.bic ? ` · ${pdfLabels.bic} ${account.bic}` : ''}`,
    );
  if (invoice.structuredCommunication)
    lines.push(`${pdfLabels.structuredCommunication} ${invoice.structuredCommunication}`);
  const payload =
    account && layout.showPaymentQr && invoice.currency === 'EUR'
      ? qrPayload(invoice, organization, reminder.totalDue)
      : null;
  view.payment = {
    heading: pdfLabels.paymentHeading,
    lines,
    qr: payload ? { payload, caption: pdfLabels.scanToPay } : null,
  };

  const theme = THEMES[view.style.template];
  const doc = new PDFDocument({
    size: 'A4',
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    lang: view.languageTag,
    displayTitle: true,
    bufferPages: true,
    margin: 0,
    font: '',
    info: { Title: view.info.title, Creator: 'Facto', CreationDate: view.info.createdAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const canvas = new Canvas(doc, theme, view.style.font);
  canvas.onNewPage(() => decoratePage(canvas, view));
  canvas.onNewPage(() => runningHeader(canvas, view));
  decoratePage(canvas, view);
  drawLetterhead(canvas, view);
  drawHeading(canvas, view);
  canvas.font('bold', theme.size.body + 2, inkOf(view.style.color));
  canvas.text(labels.ordinal(reminder.sequence), canvas.left, canvas.y);
  canvas.y += canvas.lineHeight() + 10;
  drawAmounts(canvas, view.style.color, [labels.description, labels.amount], rows, total);
  drawPayment(canvas, view, view.payment?.qr ? qrModules(view.payment.qr.payload) : null);
  // A consumer's first reminder states what may follow: in body text, not small print.
  drawTextBlock(canvas, reminder.legal);
  drawTextBlock(canvas, reminder.bottom || null);
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    drawFooter(canvas, view, i - start + 1, count);
  }
  doc.end();
  return done;
}

function qrPayload(invoice: Document, organization: Organization, amount: string): string | null {
  const account = defaultBankAccount(organization);
  if (!account || new Big(amount).lte(0)) return null;
  try {
    return epcQrPayload({
      bic: account.bic,
      name: [...organization.legalName].slice(0, 70).join(''),
      iban: account.iban,
      amount,
      remittance: invoice.structuredCommunication
        ? { type: 'ogm', ogm: invoice.structuredCommunication }
        : { type: 'text', text: invoice.numberFormatted ?? '' },
    });
  } catch (error) {
    if (error instanceof EpcQrError) return null;
    throw error;
  }
}
