import type { EmailTemplateKind } from '../../../contract/index.js';
import type { TagLanguage } from '../../../core/tags/index.js';

interface Text {
  subject: string;
  body: string;
}

/**
 * The built-in e-mail texts, per document type and language: used until a company writes its
 * own. Customer-facing, so Dutch and German address the customer formally.
 */
export const DEFAULT_TEMPLATES: Record<EmailTemplateKind, Record<TagLanguage, Text>> = {
  quote: {
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
  invoice: {
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
  creditNote: {
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
  reminder: {
    fr: {
      subject: 'Rappel : facture %number% – %company_name%',
      body: `Bonjour,

Sauf erreur de notre part, la facture %number% du %document_date%, échue le %expiration_date%, n’est pas encore payée. Le solde s’élève à %total_amount_to_be_paid%.

Merci d’effectuer le paiement sur le compte %iban% avec la communication structurée %structured_message%.

Si le paiement a déjà été effectué, veuillez ne pas tenir compte de ce message.

Bien cordialement,
%company_name%`,
    },
    nl: {
      subject: 'Herinnering: factuur %number% – %company_name%',
      body: `Goeiedag,

Volgens onze gegevens is factuur %number% van %document_date%, vervallen op %expiration_date%, nog niet betaald. Het openstaande bedrag is %total_amount_to_be_paid%.

Gelieve het bedrag over te schrijven op rekening %iban% met de gestructureerde mededeling %structured_message%.

Hebt u intussen al betaald? Dan mag u dit bericht als onbestaande beschouwen.

Met vriendelijke groeten,
%company_name%`,
    },
    en: {
      subject: 'Reminder: invoice %number% – %company_name%',
      body: `Hello,

According to our records, invoice %number% of %document_date%, due on %expiration_date%, has not been paid yet. The amount outstanding is %total_amount_to_be_paid%.

Please transfer it to account %iban% with the structured communication %structured_message%.

If you have already paid, please disregard this message.

Kind regards,
%company_name%`,
    },
    de: {
      subject: 'Zahlungserinnerung: Rechnung %number% – %company_name%',
      body: `Guten Tag,

nach unseren Unterlagen ist die Rechnung %number% vom %document_date%, fällig am %expiration_date%, noch nicht bezahlt. Der offene Betrag beläuft sich auf %total_amount_to_be_paid%.

Bitte überweisen Sie den Betrag auf das Konto %iban% mit der strukturierten Mitteilung %structured_message%.

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
%company_name%`,
    },
  },
};
