import type { ServerKindEntry } from './kind-entry.js';
import { signedWhen } from '../pdf/signed-when.js';

/** Quotes: numbered O2026-0001, accepted or refused by the customer (or signed online). */
export const quoteKind = {
  stored: 'quote',
  journal: { format: 'O%Y-(4)', name: { fr: 'Devis', nl: 'Offertes', en: 'Quotes' } },
  pdf: {
    title: { fr: 'Devis', nl: 'Offerte', en: 'Quote', de: 'Angebot' },
    view: ({ document, labels, date, signature, language }) => ({
      dates: document.validUntil
        ? [{ label: labels.validUntil, value: date(document.validUntil) }]
        : [],
      references: [],
      acceptance: labels.quoteAcceptance,
      // Signed online: drawn in the acceptance box, with who signed and when.
      signature: signature
        ? {
            caption: labels.signedOnline(signature.name, signedWhen(signature.signedAt, language)),
            image: signature.image,
          }
        : null,
    }),
  },
  email: {
    fr: {
      subject: 'Devis %number% – %company_name%',
      body: `Bonjour,

Veuillez trouver ci-joint notre devis %number% du %document_date%, d’un montant de %total_amount_incl% TVAC. Il est valable jusqu’au %expiration_date%.

Vous pouvez aussi le consulter et le signer en ligne :
%sign_button%

N’hésitez pas à nous contacter pour toute question.

Bien cordialement,
%company_name%`,
    },
    nl: {
      subject: 'Offerte %number% – %company_name%',
      body: `Goeiedag,

In bijlage vindt u onze offerte %number% van %document_date% voor een bedrag van %total_amount_incl% incl. btw. De offerte is geldig tot %expiration_date%.

U kunt ze ook online bekijken en ondertekenen:
%sign_button%

Hebt u vragen? Neem gerust contact met ons op.

Met vriendelijke groeten,
%company_name%`,
    },
    en: {
      subject: 'Quote %number% – %company_name%',
      body: `Hello,

Please find attached our quote %number% of %document_date% for %total_amount_incl% incl. VAT. It is valid until %expiration_date%.

You can also view and sign it online:
%sign_button%

Do not hesitate to contact us with any questions.

Kind regards,
%company_name%`,
    },
    de: {
      subject: 'Angebot %number% – %company_name%',
      body: `Guten Tag,

anbei erhalten Sie unser Angebot %number% vom %document_date% über %total_amount_incl% inkl. MwSt. Es ist gültig bis zum %expiration_date%.

Sie können es auch online ansehen und unterschreiben:
%sign_button%

Für Fragen stehen wir Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
%company_name%`,
    },
  },
} as const satisfies ServerKindEntry;
