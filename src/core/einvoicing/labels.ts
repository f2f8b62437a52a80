import type { VatCategory } from '../documents/types.js';
import type { UblLanguage } from './ubl-types.js';

/**
 * The few texts the generator writes itself, in the document's language: reasons of the
 * allowances and charges it derives, and the standard legal ground of each 0 % category.
 */
export interface UblLabels {
  box: string;
  documentDiscount: string;
  settlementAllowance: (percent: string, days: number) => string;
  settlementCharge: (days: number) => string;
  settlementTerms: (percent: string, days: number, amount: string, currency: string) => string;
  empties: string;
  /** BT-120 of the 0 % row that carries the settlement counterpart and the empties. */
  outsideTaxableAmount: string;
  creditNoteTerms: string;
  exemption: Partial<Record<VatCategory, string>>;
}

const fr: UblLabels = {
  box: 'bte',
  documentDiscount: 'Remise',
  settlementAllowance: (p, d) => `Escompte de ${p} % pour paiement dans les ${d} jours`,
  settlementCharge: (d) => `Escompte non acquis en cas de paiement après ${d} jours`,
  settlementTerms: (p, d, a, c) =>
    `Escompte de ${p} % pour paiement dans les ${d} jours : ${a} ${c} à payer.`,
  empties: 'Emballages consignés',
  outsideTaxableAmount: "Hors base d'imposition (art. 28 du Code de la TVA)",
  creditNoteTerms: 'Montant à rembourser ou à déduire de votre prochain paiement.',
  exemption: {
    AE: 'Autoliquidation',
    K: 'Opération intracommunautaire exemptée',
    G: 'Exportation exemptée',
    O: "Opération hors du champ d'application de la TVA",
  },
};

const nl: UblLabels = {
  box: 'bus',
  documentDiscount: 'Korting',
  settlementAllowance: (p, d) => `Korting voor contante betaling van ${p} % binnen ${d} dagen`,
  settlementCharge: (d) => `Korting voor contante betaling vervalt bij betaling na ${d} dagen`,
  settlementTerms: (p, d, a, c) =>
    `Korting voor contante betaling van ${p} % bij betaling binnen ${d} dagen: te betalen ${a} ${c}.`,
  empties: 'Leeggoed',
  outsideTaxableAmount: 'Niet in de maatstaf van heffing (art. 28 W.BTW)',
  creditNoteTerms: 'Bedrag terug te betalen of te verrekenen met uw volgende betaling.',
  exemption: {
    AE: 'Verlegging van heffing',
    K: 'Vrijgestelde intracommunautaire handeling',
    G: 'Vrijgestelde uitvoer',
    O: 'Handeling buiten het toepassingsgebied van de btw',
  },
};

const en: UblLabels = {
  box: 'box',
  documentDiscount: 'Discount',
  settlementAllowance: (p, d) => `Settlement discount of ${p} % for payment within ${d} days`,
  settlementCharge: (d) => `Settlement discount not applicable when paid after ${d} days`,
  settlementTerms: (p, d, a, c) =>
    `${p} % settlement discount for payment within ${d} days: pay ${a} ${c}.`,
  empties: 'Returnable packaging',
  outsideTaxableAmount: 'Not part of the taxable amount (art. 28 Belgian VAT Code)',
  creditNoteTerms: 'Amount to be refunded or offset against your next payment.',
  exemption: {
    AE: 'Reverse charge',
    K: 'Exempt intra-Community supply',
    G: 'Exempt export',
    O: 'Not subject to VAT',
  },
};

const de: UblLabels = {
  box: 'Bfk.',
  documentDiscount: 'Rabatt',
  settlementAllowance: (p, d) => `Skonto ${p} % bei Zahlung innerhalb von ${d} Tagen`,
  settlementCharge: (d) => `Kein Skonto bei Zahlung nach ${d} Tagen`,
  settlementTerms: (p, d, a, c) =>
    `${p} % Skonto bei Zahlung innerhalb von ${d} Tagen: zu zahlen ${a} ${c}.`,
  empties: 'Leergut',
  outsideTaxableAmount: 'Nicht Teil der Besteuerungsgrundlage (Art. 28 belg. MwStGB)',
  creditNoteTerms: 'Der Betrag wird erstattet oder mit Ihrer nächsten Zahlung verrechnet.',
  exemption: {
    AE: 'Steuerschuldnerschaft des Leistungsempfängers',
    K: 'Steuerfreie innergemeinschaftliche Leistung',
    G: 'Steuerfreie Ausfuhr',
    O: 'Nicht steuerbarer Umsatz',
  },
};

const LABELS: Readonly<Record<UblLanguage, UblLabels>> = { fr, nl, en, de };

export function labelsFor(language: UblLanguage): UblLabels {
  return LABELS[language] ?? en;
}

/** A decimal string as the language writes it (`1185.80` → `1185,80` in fr/nl/de). */
export function localNumber(value: string, language: UblLanguage): string {
  return language === 'en' ? value : value.replace('.', ',');
}
