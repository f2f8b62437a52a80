import { formatAmount, type TagLanguage } from '../../../core/tags/index.js';

/** What a recorded payment did to its invoice. */
export type PaymentOutcome = 'full' | 'partial' | 'overpaid';

type Texts = Record<PaymentOutcome, { subject: string; body: string }>;

// `{amount}`, `{open}` and `{excess}` are filled when the payment is recorded (they are that
// moment's figures); the `%tags%` when the message leaves, like every document e-mail.
const TEXTS: Record<TagLanguage, Texts> = {
  fr: {
    full: {
      subject: 'Paiement reçu – facture %number%',
      body: 'Bonjour %customer_name%,\n\nNous avons bien reçu votre paiement de {amount} pour la facture %number%. Cette facture est entièrement payée.\n\nMerci et bien à vous,\n%company_name%',
    },
    partial: {
      subject: 'Paiement partiel reçu – facture %number%',
      body: 'Bonjour %customer_name%,\n\nNous avons bien reçu votre paiement de {amount} pour la facture %number%. Il reste {open} à payer.\n\nMerci et bien à vous,\n%company_name%',
    },
    overpaid: {
      subject: 'Paiement reçu – facture %number% (montant trop élevé)',
      body: 'Bonjour %customer_name%,\n\nNous avons bien reçu votre paiement de {amount} pour la facture %number%. Vous avez payé {excess} de plus que le montant dû (paiement en double ?). Nous revenons vers vous pour le remboursement de la différence.\n\nMerci et bien à vous,\n%company_name%',
    },
  },
  nl: {
    full: {
      subject: 'Betaling ontvangen – factuur %number%',
      body: 'Beste %customer_name%,\n\nWij hebben uw betaling van {amount} voor factuur %number% goed ontvangen. Deze factuur is volledig betaald.\n\nDank u en met vriendelijke groeten,\n%company_name%',
    },
    partial: {
      subject: 'Gedeeltelijke betaling ontvangen – factuur %number%',
      body: 'Beste %customer_name%,\n\nWij hebben uw betaling van {amount} voor factuur %number% goed ontvangen. Er blijft nog {open} te betalen.\n\nDank u en met vriendelijke groeten,\n%company_name%',
    },
    overpaid: {
      subject: 'Betaling ontvangen – factuur %number% (te hoog bedrag)',
      body: 'Beste %customer_name%,\n\nWij hebben uw betaling van {amount} voor factuur %number% goed ontvangen. U hebt {excess} meer betaald dan het verschuldigde bedrag (dubbele betaling?). Wij nemen contact met u op om het verschil terug te betalen.\n\nDank u en met vriendelijke groeten,\n%company_name%',
    },
  },
  en: {
    full: {
      subject: 'Payment received – invoice %number%',
      body: 'Dear %customer_name%,\n\nWe have received your payment of {amount} for invoice %number%. This invoice is now paid in full.\n\nThank you and kind regards,\n%company_name%',
    },
    partial: {
      subject: 'Partial payment received – invoice %number%',
      body: 'Dear %customer_name%,\n\nWe have received your payment of {amount} for invoice %number%. {open} remains to be paid.\n\nThank you and kind regards,\n%company_name%',
    },
    overpaid: {
      subject: 'Payment received – invoice %number% (amount too high)',
      body: 'Dear %customer_name%,\n\nWe have received your payment of {amount} for invoice %number%. You paid {excess} more than the amount due (a double payment?). We will contact you to refund the difference.\n\nThank you and kind regards,\n%company_name%',
    },
  },
  de: {
    full: {
      subject: 'Zahlung erhalten – Rechnung %number%',
      body: 'Guten Tag %customer_name%,\n\nwir haben Ihre Zahlung von {amount} für die Rechnung %number% erhalten. Diese Rechnung ist vollständig bezahlt.\n\nVielen Dank und freundliche Grüße\n%company_name%',
    },
    partial: {
      subject: 'Teilzahlung erhalten – Rechnung %number%',
      body: 'Guten Tag %customer_name%,\n\nwir haben Ihre Zahlung von {amount} für die Rechnung %number% erhalten. Offen bleiben noch {open}.\n\nVielen Dank und freundliche Grüße\n%company_name%',
    },
    overpaid: {
      subject: 'Zahlung erhalten – Rechnung %number% (zu hoher Betrag)',
      body: 'Guten Tag %customer_name%,\n\nwir haben Ihre Zahlung von {amount} für die Rechnung %number% erhalten. Sie haben {excess} mehr als den geschuldeten Betrag bezahlt (Doppelzahlung?). Wir melden uns bei Ihnen, um die Differenz zu erstatten.\n\nVielen Dank und freundliche Grüße\n%company_name%',
    },
  },
};

/**
 * The "payment received" message in the invoice's language, amounts written out: the payment,
 * what is still open (partial) or what was paid too much (overpaid). `open` is negative when
 * overpaid, as the invoice's open balance is.
 */
export function paymentMail(input: {
  language: TagLanguage;
  outcome: PaymentOutcome;
  amount: string;
  open: string;
  currency: string;
}): { subject: string; body: string } {
  const { language, currency } = input;
  const texts = TEXTS[language][input.outcome];
  const money = (value: string) => formatAmount(value.replace(/^-/, ''), language, currency);
  // Money is written with digits and a currency sign: no `%`, so never a tag.
  const body = texts.body
    .replace('{amount}', money(input.amount))
    .replace('{open}', money(input.open))
    .replace('{excess}', money(input.open));
  return { subject: texts.subject, body };
}
