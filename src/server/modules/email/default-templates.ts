import { DOCUMENT_TYPES, type EmailTemplateKind } from '../../../contract/index.js';
import type { TagLanguage } from '../../../core/tags/index.js';
import { DOCUMENT_KINDS } from '../documents/index.js';

interface Text {
  subject: string;
  body: string;
}

/**
 * The built-in e-mail texts, per template kind and language: used until a company writes its
 * own. Each document kind's come from its entry (`documents/kinds/`); reminders' are here.
 * Customer-facing, so Dutch and German address the customer formally.
 */
export const DEFAULT_TEMPLATES: Record<EmailTemplateKind, Record<TagLanguage, Text>> = {
  ...(Object.fromEntries(
    DOCUMENT_TYPES.map((type) => [type, DOCUMENT_KINDS[type].email]),
  ) as Record<(typeof DOCUMENT_TYPES)[number], Record<TagLanguage, Text>>),
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
