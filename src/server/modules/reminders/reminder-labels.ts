import type { ReminderTextLanguage } from '../../../contract/index.js';

/** Everything a reminder PDF prints besides the step's own texts, in the reminder's language. */
export interface ReminderLabels {
  title: string;
  /** "Second reminder": the subtitle, from the reminder's place among the invoice's reminders. */
  ordinal: (n: number) => string;
  quoteStep: string;
  reminderDate: string;
  invoice: string;
  invoiceDate: string;
  originalDueDate: string;
  newDueDate: string;
  customerReference: string;
  description: string;
  amount: string;
  invoiceTotal: string;
  alreadyPaid: string;
  credited: string;
  openBalance: string;
  interest: (rate: string, from: string, to: string, days: number, amount: string) => string;
  indemnity: string;
  damages: string;
  totalDue: string;
  /** A consumer's first reminder states what may follow (Code of Economic Law, art. XIX.2). */
  consumerFirst: (deadline: string, damages: string | null, rate: string | null) => string;
}

export const REMINDER_LABELS: Record<ReminderTextLanguage, ReminderLabels> = {
  fr: {
    title: 'Rappel',
    ordinal: (n) =>
      n === 1
        ? 'Premier rappel'
        : `${['Deuxième', 'Troisième', 'Quatrième', 'Cinquième'][n - 2] ?? `${n}e`} rappel`,
    quoteStep: 'Rappel de devis',
    reminderDate: 'Date du rappel',
    invoice: 'Facture',
    invoiceDate: 'Date de facture',
    originalDueDate: 'Échéance initiale',
    newDueDate: 'À payer au plus tard le',
    customerReference: 'Référence client',
    description: 'Description',
    amount: 'Montant',
    invoiceTotal: 'Montant de la facture',
    alreadyPaid: 'Déjà payé',
    credited: 'Notes de crédit',
    openBalance: 'Solde restant dû',
    interest: (rate, from, to, days, amount) =>
      `Intérêts de retard à ${rate} l’an sur ${amount}, du ${from} au ${to} (${days} jours)`,
    indemnity: 'Indemnité forfaitaire pour frais de recouvrement (loi du 2 août 2002, art. 6)',
    damages: 'Dommages et intérêts forfaitaires (Code de droit économique, art. XIX.4)',
    totalDue: 'Total à payer',
    consumerFirst: (deadline, damages, rate) =>
      [
        'Ce premier rappel est gratuit.',
        damages || rate
          ? `À défaut de paiement au plus tard le ${deadline}, nous pourrons vous réclamer ${[
              damages ? `des dommages et intérêts de ${damages} au maximum` : null,
              rate ? `des intérêts de retard au taux annuel de ${rate}` : null,
            ]
              .filter(Boolean)
              .join(' ainsi que ')} (Code de droit économique, livre XIX).`
          : null,
      ]
        .filter(Boolean)
        .join(' '),
  },
  nl: {
    title: 'Herinnering',
    ordinal: (n) =>
      `${['Eerste', 'Tweede', 'Derde', 'Vierde', 'Vijfde'][n - 1] ?? `${n}e`} herinnering`,
    quoteStep: 'Herinnering offerte',
    reminderDate: 'Datum herinnering',
    invoice: 'Factuur',
    invoiceDate: 'Factuurdatum',
    originalDueDate: 'Vervaldag factuur',
    newDueDate: 'Te betalen uiterlijk op',
    customerReference: 'Klantreferentie',
    description: 'Omschrijving',
    amount: 'Bedrag',
    invoiceTotal: 'Factuurbedrag',
    alreadyPaid: 'Al betaald',
    credited: 'Creditnota’s',
    openBalance: 'Openstaand saldo',
    interest: (rate, from, to, days, amount) =>
      `Nalatigheidsinteresten aan ${rate} per jaar op ${amount}, van ${from} tot ${to} (${days} dagen)`,
    indemnity: 'Forfaitaire vergoeding voor invorderingskosten (wet van 2 augustus 2002, art. 6)',
    damages: 'Forfaitaire schadevergoeding (Wetboek van economisch recht, art. XIX.4)',
    totalDue: 'Totaal te betalen',
    consumerFirst: (deadline, damages, rate) =>
      [
        'Deze eerste herinnering is kosteloos.',
        damages || rate
          ? `Zonder betaling uiterlijk op ${deadline} kunnen wij ${[
              damages ? `een schadevergoeding van maximaal ${damages}` : null,
              rate ? `nalatigheidsinteresten aan een jaarlijkse rentevoet van ${rate}` : null,
            ]
              .filter(Boolean)
              .join(' en ')} aanrekenen (Wetboek van economisch recht, boek XIX).`
          : null,
      ]
        .filter(Boolean)
        .join(' '),
  },
  en: {
    title: 'Reminder',
    ordinal: (n) =>
      `${['First', 'Second', 'Third', 'Fourth', 'Fifth'][n - 1] ?? `${n}th`} reminder`,
    quoteStep: 'Quote reminder',
    reminderDate: 'Reminder date',
    invoice: 'Invoice',
    invoiceDate: 'Invoice date',
    originalDueDate: 'Original due date',
    newDueDate: 'To be paid by',
    customerReference: 'Customer reference',
    description: 'Description',
    amount: 'Amount',
    invoiceTotal: 'Invoice amount',
    alreadyPaid: 'Already paid',
    credited: 'Credit notes',
    openBalance: 'Balance outstanding',
    interest: (rate, from, to, days, amount) =>
      `Late-payment interest at ${rate} a year on ${amount}, from ${from} to ${to} (${days} days)`,
    indemnity: 'Flat compensation for recovery costs (Law of 2 August 2002, art. 6)',
    damages: 'Lump-sum damages (Code of Economic Law, art. XIX.4)',
    totalDue: 'Total to pay',
    consumerFirst: (deadline, damages, rate) =>
      [
        'This first reminder is free of charge.',
        damages || rate
          ? `If payment is not received by ${deadline}, we may claim ${[
              damages ? `damages of at most ${damages}` : null,
              rate ? `late-payment interest at an annual rate of ${rate}` : null,
            ]
              .filter(Boolean)
              .join(' and ')} (Code of Economic Law, Book XIX).`
          : null,
      ]
        .filter(Boolean)
        .join(' '),
  },
};

/** Reminders speak the document's language; German documents get the English texts. */
export const reminderLanguage = (language: string): ReminderTextLanguage =>
  language === 'fr' || language === 'nl' ? language : 'en';
