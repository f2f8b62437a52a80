import type { ReminderStepTexts, ReminderTexts } from '../../../contract/index.js';

/** A step as every new organization gets it; texts in French, Dutch and English. */
export interface DefaultStep {
  name: Record<'fr' | 'nl' | 'en', string>;
  daysAfterDue: number;
  paymentTermDays: number;
  addInterest: boolean;
  addIndemnity: boolean;
  addDamages: boolean;
  texts: ReminderStepTexts;
}

/**
 * The default sequence: a friendly, free reminder a week after the due date; a second one after
 * a month that adds what the law allows (interest and 40 EUR for businesses; damages within the
 * cap and interest for consumers); a formal notice after two months. Each deadline ends before
 * the next step's day, so no reminder overtakes the deadline of the one before.
 *
 * The same texts are in migration 0009 for organizations that existed before it.
 */
export const DEFAULT_STEPS: readonly DefaultStep[] = [
  {
    name: { fr: 'Premier rappel', nl: 'Eerste herinnering', en: 'First reminder' },
    daysAfterDue: 7,
    paymentTermDays: 14,
    addInterest: false,
    addIndemnity: false,
    addDamages: false,
    texts: {
      fr: {
        subject: 'Rappel : facture %document_number%',
        body: 'Bonjour,\n\nSauf erreur de notre part, la facture %document_number% du %document_date% n’a pas encore été réglée. Le montant ouvert est de %total_amount_to_be_paid%.\n\nNous vous remercions de bien vouloir le verser au plus tard le %expiration_date% sur le compte %iban% avec la communication %structured_message%. Vous trouverez le rappel en pièce jointe.\n\nSi vous avez payé entre-temps, veuillez ne pas tenir compte de ce message.\n\nCordialement,\n%company_name%',
        bottom:
          'Si vous avez effectué le paiement entre-temps, veuillez ne pas tenir compte de ce rappel.',
      },
      nl: {
        subject: 'Herinnering: factuur %document_number%',
        body: 'Goedendag,\n\nVolgens onze gegevens is factuur %document_number% van %document_date% nog niet betaald. Het openstaande bedrag is %total_amount_to_be_paid%.\n\nGelieve dit bedrag uiterlijk op %expiration_date% over te schrijven op rekening %iban% met de mededeling %structured_message%. U vindt de herinnering in bijlage.\n\nHebt u intussen betaald, dan mag u dit bericht als onbestaande beschouwen.\n\nMet vriendelijke groeten,\n%company_name%',
        bottom: 'Hebt u intussen betaald, dan mag u deze herinnering als onbestaande beschouwen.',
      },
      en: {
        subject: 'Reminder: invoice %document_number%',
        body: 'Hello,\n\nAccording to our records, invoice %document_number% of %document_date% has not been paid yet. The amount outstanding is %total_amount_to_be_paid%.\n\nPlease pay it by %expiration_date% at the latest to account %iban% with the reference %structured_message%. The reminder is attached.\n\nIf you have paid in the meantime, please disregard this message.\n\nKind regards,\n%company_name%',
        bottom: 'If you have paid in the meantime, please disregard this reminder.',
      },
    },
  },
  {
    name: { fr: 'Deuxième rappel', nl: 'Tweede herinnering', en: 'Second reminder' },
    daysAfterDue: 30,
    paymentTermDays: 10,
    addInterest: true,
    addIndemnity: true,
    addDamages: true,
    texts: {
      fr: {
        subject: 'Deuxième rappel : facture %document_number%',
        body: 'Bonjour,\n\nMalgré notre précédent rappel, la facture %document_number% du %document_date% reste impayée. Conformément à la loi, des frais de retard s’y ajoutent : vous en trouverez le détail dans le rappel joint.\n\nNous vous prions de verser %total_amount_to_be_paid% au plus tard le %expiration_date% sur le compte %iban% avec la communication %structured_message%.\n\nCordialement,\n%company_name%',
        bottom:
          'Les intérêts de retard et l’indemnité sont calculés conformément à la loi du 2 août 2002 (entreprises) ou au livre XIX du Code de droit économique (consommateurs).',
      },
      nl: {
        subject: 'Tweede herinnering: factuur %document_number%',
        body: 'Goedendag,\n\nOndanks onze vorige herinnering blijft factuur %document_number% van %document_date% onbetaald. Zoals de wet toelaat, komen er nalatigheidskosten bij: u vindt het detail in de herinnering in bijlage.\n\nGelieve %total_amount_to_be_paid% uiterlijk op %expiration_date% over te schrijven op rekening %iban% met de mededeling %structured_message%.\n\nMet vriendelijke groeten,\n%company_name%',
        bottom:
          'De nalatigheidsinteresten en de vergoeding worden berekend volgens de wet van 2 augustus 2002 (ondernemingen) of boek XIX van het Wetboek van economisch recht (consumenten).',
      },
      en: {
        subject: 'Second reminder: invoice %document_number%',
        body: 'Hello,\n\nDespite our previous reminder, invoice %document_number% of %document_date% remains unpaid. As the law allows, late-payment charges are added: the attached reminder shows them in detail.\n\nPlease pay %total_amount_to_be_paid% by %expiration_date% at the latest to account %iban% with the reference %structured_message%.\n\nKind regards,\n%company_name%',
        bottom:
          'Late-payment interest and compensation are calculated under the Law of 2 August 2002 (businesses) or Book XIX of the Code of Economic Law (consumers).',
      },
    },
  },
  {
    name: { fr: 'Mise en demeure', nl: 'Ingebrekestelling', en: 'Formal notice' },
    daysAfterDue: 60,
    paymentTermDays: 8,
    addInterest: true,
    addIndemnity: true,
    addDamages: true,
    texts: {
      fr: {
        subject: 'Mise en demeure : facture %document_number%',
        body: 'Madame, Monsieur,\n\nMalgré nos rappels, la facture %document_number% du %document_date% n’est toujours pas payée. Par la présente, nous vous mettons en demeure de verser %total_amount_to_be_paid% au plus tard le %expiration_date% sur le compte %iban% avec la communication %structured_message%.\n\nÀ défaut, nous confierons le recouvrement de cette créance à un tiers, sans autre avis.\n\n%company_name%',
        bottom: 'Le présent courrier vaut mise en demeure.',
      },
      nl: {
        subject: 'Ingebrekestelling: factuur %document_number%',
        body: 'Geachte mevrouw, geachte heer,\n\nOndanks onze herinneringen is factuur %document_number% van %document_date% nog steeds niet betaald. Hierbij stellen wij u in gebreke om %total_amount_to_be_paid% uiterlijk op %expiration_date% over te schrijven op rekening %iban% met de mededeling %structured_message%.\n\nZonder betaling dragen wij de invordering van deze schuld zonder verder bericht over aan een derde.\n\n%company_name%',
        bottom: 'Deze brief geldt als ingebrekestelling.',
      },
      en: {
        subject: 'Formal notice: invoice %document_number%',
        body: 'Dear Sir or Madam,\n\nDespite our reminders, invoice %document_number% of %document_date% is still unpaid. We hereby give you formal notice to pay %total_amount_to_be_paid% by %expiration_date% at the latest to account %iban% with the reference %structured_message%.\n\nFailing payment, we will hand the recovery of this debt over to a third party without further notice.\n\n%company_name%',
        bottom: 'This letter constitutes formal notice.',
      },
    },
  },
];

/** The e-mail a customer gets a few days before a quote expires (when the organization wants it). */
export const DEFAULT_QUOTE_TEXTS: ReminderTexts = {
  fr: {
    subject: 'Votre devis %document_number% expire le %expiration_date%',
    body: 'Bonjour,\n\nNous nous permettons de vous rappeler que notre devis %document_number% du %document_date% (%total_amount_incl%) reste valable jusqu’au %expiration_date%.\n\nN’hésitez pas à nous contacter pour toute question.\n\nCordialement,\n%company_name%',
  },
  nl: {
    subject: 'Uw offerte %document_number% vervalt op %expiration_date%',
    body: 'Goedendag,\n\nGraag herinneren wij u eraan dat onze offerte %document_number% van %document_date% (%total_amount_incl%) geldig blijft tot %expiration_date%.\n\nAarzel niet om ons te contacteren als u vragen hebt.\n\nMet vriendelijke groeten,\n%company_name%',
  },
  en: {
    subject: 'Your quote %document_number% expires on %expiration_date%',
    body: 'Hello,\n\nA friendly reminder that our quote %document_number% of %document_date% (%total_amount_incl%) remains valid until %expiration_date%.\n\nDo not hesitate to contact us with any question.\n\nKind regards,\n%company_name%',
  },
};
