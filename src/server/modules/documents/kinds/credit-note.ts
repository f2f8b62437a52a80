import { NOTHING_MORE, type ServerKindEntry } from './kind-entry.js';

/** Credit notes: numbered C2026-0001, made from a finalised invoice they correct. */
export const creditNoteKind = {
  stored: 'credit_note',
  journal: {
    format: 'C%Y-(4)',
    name: { fr: 'Notes de crédit', nl: 'Creditnota’s', en: 'Credit notes' },
  },
  pdf: {
    title: { fr: 'Note de crédit', nl: 'Creditnota', en: 'Credit note', de: 'Gutschrift' },
    view: ({ labels, creditedInvoiceNumber }) => ({
      ...NOTHING_MORE,
      // The invoice it corrects (its source), as the VAT Code asks a credit note to name it.
      references: creditedInvoiceNumber
        ? [{ label: labels.creditedInvoice, value: creditedInvoiceNumber }]
        : [],
    }),
  },
  email: {
    fr: {
      subject: 'Note de crédit %number% – %company_name%',
      body: `Bonjour,

Veuillez trouver ci-joint notre note de crédit %number% du %document_date%, d’un montant de %total_amount_incl%.

Bien cordialement,
%company_name%`,
    },
    nl: {
      subject: 'Creditnota %number% – %company_name%',
      body: `Goeiedag,

In bijlage vindt u onze creditnota %number% van %document_date% voor een bedrag van %total_amount_incl%.

Met vriendelijke groeten,
%company_name%`,
    },
    en: {
      subject: 'Credit note %number% – %company_name%',
      body: `Hello,

Please find attached our credit note %number% of %document_date% for %total_amount_incl%.

Kind regards,
%company_name%`,
    },
    de: {
      subject: 'Gutschrift %number% – %company_name%',
      body: `Guten Tag,

anbei erhalten Sie unsere Gutschrift %number% vom %document_date% über %total_amount_incl%.

Mit freundlichen Grüßen
%company_name%`,
    },
  },
} as const satisfies ServerKindEntry;
