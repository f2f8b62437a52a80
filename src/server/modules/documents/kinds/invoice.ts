import { NOTHING_MORE, type ServerKindEntry } from './kind-entry.js';

/** Invoices: numbered F2026-0001, with a due date, a structured communication and payments. */
export const invoiceKind = {
  stored: 'invoice',
  journal: { format: 'F%Y-(4)', name: { fr: 'Factures', nl: 'Facturen', en: 'Invoices' } },
  pdf: {
    title: { fr: 'Facture', nl: 'Factuur', en: 'Invoice', de: 'Rechnung' },
    view: ({ document, labels, date }) => ({
      ...NOTHING_MORE,
      dates: document.dueDate ? [{ label: labels.dueDate, value: date(document.dueDate) }] : [],
    }),
  },
  email: {
    fr: {
      subject: 'Facture %number% – %company_name%',
      body: `Bonjour,

Veuillez trouver ci-joint notre facture %number% du %document_date%.

Montant à payer : %total_amount_to_be_paid%
Échéance : %expiration_date%
Compte : %iban% (BIC %bic%)
Communication structurée : %structured_message%

Consulter la facture en ligne : %link%

Nous vous remercions pour votre confiance.

Bien cordialement,
%company_name%`,
    },
    nl: {
      subject: 'Factuur %number% – %company_name%',
      body: `Goeiedag,

In bijlage vindt u onze factuur %number% van %document_date%.

Te betalen: %total_amount_to_be_paid%
Vervaldatum: %expiration_date%
Rekening: %iban% (BIC %bic%)
Gestructureerde mededeling: %structured_message%

De factuur online bekijken: %link%

Bedankt voor uw vertrouwen.

Met vriendelijke groeten,
%company_name%`,
    },
    en: {
      subject: 'Invoice %number% – %company_name%',
      body: `Hello,

Please find attached our invoice %number% of %document_date%.

Amount due: %total_amount_to_be_paid%
Due date: %expiration_date%
Account: %iban% (BIC %bic%)
Structured communication: %structured_message%

View the invoice online: %link%

Thank you for your business.

Kind regards,
%company_name%`,
    },
    de: {
      subject: 'Rechnung %number% – %company_name%',
      body: `Guten Tag,

anbei erhalten Sie unsere Rechnung %number% vom %document_date%.

Zu zahlen: %total_amount_to_be_paid%
Fällig am: %expiration_date%
Konto: %iban% (BIC %bic%)
Strukturierte Mitteilung: %structured_message%

Die Rechnung online ansehen: %link%

Vielen Dank für Ihr Vertrauen.

Mit freundlichen Grüßen
%company_name%`,
    },
  },
} as const satisfies ServerKindEntry;
