export type PdfLanguage = 'fr' | 'nl' | 'en' | 'de';

/** Everything a printed document says, per language (the customer's, not the user's). */
export interface PdfLabels {
  draft: string;
  number: string;
  issueDate: string;
  dueDate: string;
  validUntil: string;
  deliveryDate: string;
  orderReference: string;
  customerReference: string;
  creditedInvoice: string;
  customer: string;
  deliveryAddress: string;
  vatNumber: string;
  enterpriseNumber: string;
  /** The register of legal entities: RPM (fr), RPR (nl). */
  register: string;
  phone: string;
  email: string;
  iban: string;
  bic: string;
  box: string;
  description: string;
  quantity: string;
  unit: string;
  unitPriceExcl: string;
  unitPriceIncl: string;
  discount: string;
  vatRate: string;
  amountExcl: string;
  amountIncl: string;
  subtotal: string;
  depositsHeading: string;
  worksTotal: string;
  depositsDeducted: string;
  documentDiscount: string;
  totalExcl: string;
  vatSummary: string;
  taxable: string;
  vat: string;
  totalVat: string;
  totalIncl: string;
  alreadyPaid: string;
  amountDue: string;
  settlement: (percent: string, days: number) => string;
  paymentHeading: string;
  payBy: (amount: string, date: string | null) => string;
  structuredCommunication: string;
  scanToPay: string;
  refundNote: string;
  quoteAcceptance: string;
  /** Under a signature drawn online: who signed, and when (date and time in Belgium). */
  signedOnline: (name: string, when: string) => string;
  signature: string;
  page: (page: number, pages: number) => string;
  /** Units of measure (UN/ECE Rec 20) as printed. */
  units: Record<string, string>;
  legalForms: Record<string, string>;
  mentions: {
    reverseCharge: string;
    intraEuGoods: string;
    intraEuServices: string;
    export: string;
    exempt: (reason: string | null) => string;
    franchise: string;
    organizationExempt: string;
    renovation: string;
  };
}

const UNITS_FR = {
  C62: 'pc',
  H87: 'pièce',
  HUR: 'h',
  DAY: 'jour',
  MTR: 'm',
  MTK: 'm²',
  MTQ: 'm³',
  LTR: 'l',
  KGM: 'kg',
  KMT: 'km',
  LS: 'forfait',
};

const fr: PdfLabels = {
  draft: 'BROUILLON',
  number: 'Numéro',
  issueDate: 'Date',
  dueDate: 'Échéance',
  validUntil: 'Valable jusqu’au',
  deliveryDate: 'Date de livraison',
  orderReference: 'Votre référence',
  customerReference: 'N° client',
  creditedInvoice: 'Facture créditée',
  customer: 'Client',
  deliveryAddress: 'Adresse de livraison',
  vatNumber: 'TVA',
  enterpriseNumber: 'N° d’entreprise',
  register: 'RPM',
  phone: 'Tél.',
  email: 'E-mail',
  iban: 'IBAN',
  bic: 'BIC',
  box: 'bte',
  description: 'Description',
  quantity: 'Qté',
  unit: 'Unité',
  unitPriceExcl: 'Prix unit. HTVA',
  unitPriceIncl: 'Prix unit. TVAC',
  discount: 'Remise',
  vatRate: 'TVA',
  amountExcl: 'Total HTVA',
  amountIncl: 'Total TVAC',
  subtotal: 'Sous-total',
  depositsHeading: 'Acomptes déduits',
  worksTotal: 'Total avant acomptes',
  depositsDeducted: 'Acomptes déduits',
  documentDiscount: 'Remise',
  totalExcl: 'Total HTVA',
  vatSummary: 'Récapitulatif TVA',
  taxable: 'Base imposable',
  vat: 'TVA',
  totalVat: 'Total TVA',
  totalIncl: 'Total TVAC',
  alreadyPaid: 'Déjà payé',
  amountDue: 'Montant à payer',
  settlement: (percent, days) =>
    `Escompte de ${percent} % pour paiement dans les ${days} jours. Montant à payer dans ce délai`,
  paymentHeading: 'Paiement',
  payBy: (amount, date) =>
    date ? `Veuillez verser ${amount} au plus tard le ${date}.` : `Veuillez verser ${amount}.`,
  structuredCommunication: 'Communication structurée',
  scanToPay: 'Scannez pour payer',
  refundNote: 'Ce montant sera remboursé ou déduit d’une prochaine facture.',
  quoteAcceptance: 'Bon pour accord, date et signature',
  signedOnline: (name, when) => `Signé en ligne par ${name} le ${when}`,
  signature: 'Signature',
  page: (page, pages) => `Page ${page}/${pages}`,
  units: UNITS_FR,
  legalForms: { srl: 'SRL', sa: 'SA', sc: 'SC', snc: 'SNC', scomm: 'SComm', asbl: 'ASBL' },
  mentions: {
    reverseCharge:
      'Autoliquidation : TVA due par le cocontractant, article 51, § 2, alinéa 1er, 5° du Code de la TVA (arrêté royal n° 1, article 20).',
    intraEuGoods:
      'Livraison intracommunautaire exemptée de TVA, article 39bis, alinéa 1er, 1° du Code de la TVA.',
    intraEuServices:
      'Autoliquidation : services intracommunautaires, TVA due par le preneur, article 21, § 2 du Code de la TVA (article 196 de la directive 2006/112/CE).',
    export: 'Exportation exemptée de TVA, article 39, § 1er du Code de la TVA.',
    exempt: (reason) => `Exemption de TVA${reason ? ` : ${reason}` : ''}.`,
    franchise:
      'Régime particulier de franchise des petites entreprises : TVA non applicable (article 56bis du Code de la TVA).',
    organizationExempt: 'Exemption de TVA, article 44 du Code de la TVA.',
    renovation:
      'Taux de TVA de 6 % : en l’absence de contestation par écrit, de la part du client, dans un délai d’un mois à compter de la réception de la facture, celui-ci est présumé reconnaître que (1) les travaux sont effectués à un bâtiment d’habitation dont la première occupation a eu lieu au cours d’une année civile qui précède d’au moins dix ans la date de la première facture relative à ces travaux, (2) qu’après l’exécution de ces travaux, l’habitation est utilisée, soit exclusivement soit à titre principal comme logement privé et (3) que ces travaux sont fournis et facturés à un consommateur final. Si au moins une de ces conditions n’est pas remplie, le taux normal de TVA de 21 % sera applicable et le client endossera, par rapport à ces conditions, la responsabilité quant au paiement de la taxe, des intérêts et des amendes dues.',
  },
};

const nl: PdfLabels = {
  draft: 'ONTWERP',
  number: 'Nummer',
  issueDate: 'Datum',
  dueDate: 'Vervaldatum',
  validUntil: 'Geldig tot',
  deliveryDate: 'Leveringsdatum',
  orderReference: 'Uw referentie',
  customerReference: 'Klantnummer',
  creditedInvoice: 'Gecrediteerde factuur',
  customer: 'Klant',
  deliveryAddress: 'Leveringsadres',
  vatNumber: 'Btw',
  enterpriseNumber: 'Ondernemingsnummer',
  register: 'RPR',
  phone: 'Tel.',
  email: 'E-mail',
  iban: 'IBAN',
  bic: 'BIC',
  box: 'bus',
  description: 'Omschrijving',
  quantity: 'Aantal',
  unit: 'Eenh.',
  unitPriceExcl: 'Eenheidsprijs excl.',
  unitPriceIncl: 'Eenheidsprijs incl.',
  discount: 'Korting',
  vatRate: 'Btw',
  amountExcl: 'Totaal excl.',
  amountIncl: 'Totaal incl.',
  subtotal: 'Subtotaal',
  depositsHeading: 'Afgetrokken voorschotten',
  worksTotal: 'Totaal vóór voorschotten',
  depositsDeducted: 'Afgetrokken voorschotten',
  documentDiscount: 'Korting',
  totalExcl: 'Totaal excl. btw',
  vatSummary: 'Btw-overzicht',
  taxable: 'Maatstaf van heffing',
  vat: 'Btw',
  totalVat: 'Totaal btw',
  totalIncl: 'Totaal incl. btw',
  alreadyPaid: 'Reeds betaald',
  amountDue: 'Te betalen',
  settlement: (percent, days) =>
    `Korting voor contante betaling van ${percent} % bij betaling binnen ${days} dagen. Te betalen binnen die termijn`,
  paymentHeading: 'Betaling',
  payBy: (amount, date) =>
    date ? `Gelieve ${amount} te betalen uiterlijk op ${date}.` : `Gelieve ${amount} te betalen.`,
  structuredCommunication: 'Gestructureerde mededeling',
  scanToPay: 'Scan om te betalen',
  refundNote: 'Dit bedrag wordt terugbetaald of verrekend met een volgende factuur.',
  quoteAcceptance: 'Voor akkoord, datum en handtekening',
  signedOnline: (name, when) => `Online ondertekend door ${name} op ${when}`,
  signature: 'Handtekening',
  page: (page, pages) => `Pagina ${page}/${pages}`,
  units: {
    C62: 'st',
    H87: 'stuk',
    HUR: 'u',
    DAY: 'dag',
    MTR: 'm',
    MTK: 'm²',
    MTQ: 'm³',
    LTR: 'l',
    KGM: 'kg',
    KMT: 'km',
    LS: 'forfait',
  },
  legalForms: { srl: 'BV', sa: 'NV', sc: 'CV', snc: 'VOF', scomm: 'CommV', asbl: 'VZW' },
  mentions: {
    reverseCharge:
      'Verlegging van heffing: btw te voldoen door de medecontractant, artikel 51, § 2, eerste lid, 5° van het Btw-Wetboek (koninklijk besluit nr. 1, artikel 20).',
    intraEuGoods:
      'Vrijgestelde intracommunautaire levering, artikel 39bis, eerste lid, 1° van het Btw-Wetboek.',
    intraEuServices:
      'Verlegging van heffing: intracommunautaire dienst, btw te voldoen door de afnemer, artikel 21, § 2 van het Btw-Wetboek (artikel 196 van richtlijn 2006/112/EG).',
    export: 'Vrijgestelde uitvoer, artikel 39, § 1 van het Btw-Wetboek.',
    exempt: (reason) => `Vrijstelling van btw${reason ? `: ${reason}` : ''}.`,
    franchise:
      'Bijzondere vrijstellingsregeling voor kleine ondernemingen: btw niet van toepassing (artikel 56bis van het Btw-Wetboek).',
    organizationExempt: 'Vrijgesteld van btw, artikel 44 van het Btw-Wetboek.',
    renovation:
      'Btw-tarief van 6 %: bij gebrek aan schriftelijke betwisting vanwege de klant binnen een termijn van één maand vanaf de ontvangst van de factuur, wordt de klant geacht te erkennen dat (1) de werken worden verricht aan een woning waarvan de eerste ingebruikneming heeft plaatsgevonden in een kalenderjaar dat ten minste tien jaar voorafgaat aan de datum van de eerste factuur met betrekking tot die werken, (2) de woning, na uitvoering van die werken, uitsluitend of hoofdzakelijk als privéwoning wordt gebruikt en (3) de werken worden verstrekt en gefactureerd aan een eindverbruiker. Wanneer minstens één van die voorwaarden niet voldaan is, zal het normale btw-tarief van 21 % van toepassing zijn en is de afnemer ten aanzien van die voorwaarden aansprakelijk voor de betaling van de verschuldigde belasting, interesten en geldboeten.',
  },
};

const en: PdfLabels = {
  draft: 'DRAFT',
  number: 'Number',
  issueDate: 'Date',
  dueDate: 'Due date',
  validUntil: 'Valid until',
  deliveryDate: 'Delivery date',
  orderReference: 'Your reference',
  customerReference: 'Customer no.',
  creditedInvoice: 'Credited invoice',
  customer: 'Customer',
  deliveryAddress: 'Delivery address',
  vatNumber: 'VAT',
  enterpriseNumber: 'Enterprise no.',
  register: 'RLE',
  phone: 'Tel.',
  email: 'Email',
  iban: 'IBAN',
  bic: 'BIC',
  box: 'box',
  description: 'Description',
  quantity: 'Qty',
  unit: 'Unit',
  unitPriceExcl: 'Unit price excl.',
  unitPriceIncl: 'Unit price incl.',
  discount: 'Discount',
  vatRate: 'VAT',
  amountExcl: 'Amount excl.',
  amountIncl: 'Amount incl.',
  subtotal: 'Subtotal',
  depositsHeading: 'Deposits deducted',
  worksTotal: 'Total before deposits',
  depositsDeducted: 'Deposits deducted',
  documentDiscount: 'Discount',
  totalExcl: 'Total excl. VAT',
  vatSummary: 'VAT summary',
  taxable: 'Taxable amount',
  vat: 'VAT',
  totalVat: 'Total VAT',
  totalIncl: 'Total incl. VAT',
  alreadyPaid: 'Already paid',
  amountDue: 'Amount due',
  settlement: (percent, days) =>
    `${percent} % discount for payment within ${days} days. Amount to pay within that term`,
  paymentHeading: 'Payment',
  payBy: (amount, date) =>
    date ? `Please pay ${amount} by ${date} at the latest.` : `Please pay ${amount}.`,
  structuredCommunication: 'Structured reference',
  scanToPay: 'Scan to pay',
  refundNote: 'This amount will be refunded or deducted from a next invoice.',
  quoteAcceptance: 'Agreed, date and signature',
  signedOnline: (name, when) => `Signed online by ${name} on ${when}`,
  signature: 'Signature',
  page: (page, pages) => `Page ${page}/${pages}`,
  units: {
    C62: 'pc',
    H87: 'piece',
    HUR: 'h',
    DAY: 'day',
    MTR: 'm',
    MTK: 'm²',
    MTQ: 'm³',
    LTR: 'l',
    KGM: 'kg',
    KMT: 'km',
    LS: 'lump sum',
  },
  // Belgian legal forms have no English names: both official abbreviations are printed.
  legalForms: {
    srl: 'SRL/BV',
    sa: 'SA/NV',
    sc: 'SC/CV',
    snc: 'SNC/VOF',
    scomm: 'SComm/CommV',
    asbl: 'ASBL/VZW',
  },
  mentions: {
    reverseCharge:
      'Reverse charge: VAT payable by the co-contractor, Article 51(2), first paragraph, 5° of the Belgian VAT Code (Royal Decree no. 1, Article 20).',
    intraEuGoods:
      'Exempt intra-Community supply of goods, Article 39bis, first paragraph, 1° of the Belgian VAT Code.',
    intraEuServices:
      'Reverse charge: intra-Community services, VAT payable by the customer, Article 21(2) of the Belgian VAT Code (Article 196 of Directive 2006/112/EC).',
    export: 'Export exempt from VAT, Article 39(1) of the Belgian VAT Code.',
    exempt: (reason) => `VAT exemption${reason ? `: ${reason}` : ''}.`,
    franchise:
      'Special exemption scheme for small businesses: VAT not applicable (Article 56bis of the Belgian VAT Code).',
    organizationExempt: 'Exempt from VAT, Article 44 of the Belgian VAT Code.',
    renovation:
      '6 % VAT rate: unless the customer contests it in writing within one month of receiving the invoice, the customer is deemed to acknowledge that (1) the work is carried out on a dwelling first occupied in a calendar year at least ten years before the date of the first invoice for this work, (2) after the work, the dwelling is used exclusively or mainly as a private home, and (3) the work is supplied and invoiced to a final consumer. If at least one of these conditions is not met, the normal VAT rate of 21 % applies and the customer is liable, as regards these conditions, for the tax, interest and fines due.',
  },
};

const de: PdfLabels = {
  draft: 'ENTWURF',
  number: 'Nummer',
  issueDate: 'Datum',
  dueDate: 'Fällig am',
  validUntil: 'Gültig bis',
  deliveryDate: 'Lieferdatum',
  orderReference: 'Ihre Referenz',
  customerReference: 'Kundennummer',
  creditedInvoice: 'Gutgeschriebene Rechnung',
  customer: 'Kunde',
  deliveryAddress: 'Lieferadresse',
  vatNumber: 'MwSt.',
  enterpriseNumber: 'Unternehmensnr.',
  register: 'RJP',
  phone: 'Tel.',
  email: 'E-Mail',
  iban: 'IBAN',
  bic: 'BIC',
  box: 'Bfk.',
  description: 'Beschreibung',
  quantity: 'Menge',
  unit: 'Einheit',
  unitPriceExcl: 'Einzelpreis netto',
  unitPriceIncl: 'Einzelpreis brutto',
  discount: 'Rabatt',
  vatRate: 'MwSt.',
  amountExcl: 'Betrag netto',
  amountIncl: 'Betrag brutto',
  subtotal: 'Zwischensumme',
  depositsHeading: 'Abgezogene Anzahlungen',
  worksTotal: 'Summe vor Anzahlungen',
  depositsDeducted: 'Abgezogene Anzahlungen',
  documentDiscount: 'Rabatt',
  totalExcl: 'Summe netto',
  vatSummary: 'MwSt.-Übersicht',
  taxable: 'Bemessungsgrundlage',
  vat: 'MwSt.',
  totalVat: 'MwSt. gesamt',
  totalIncl: 'Gesamtbetrag brutto',
  alreadyPaid: 'Bereits bezahlt',
  amountDue: 'Zu zahlen',
  settlement: (percent, days) =>
    `${percent} % Skonto bei Zahlung innerhalb von ${days} Tagen. In dieser Frist zu zahlen`,
  paymentHeading: 'Zahlung',
  payBy: (amount, date) =>
    date
      ? `Bitte überweisen Sie ${amount} bis spätestens ${date}.`
      : `Bitte überweisen Sie ${amount}.`,
  structuredCommunication: 'Strukturierte Mitteilung',
  scanToPay: 'Zum Bezahlen scannen',
  refundNote: 'Dieser Betrag wird erstattet oder mit einer nächsten Rechnung verrechnet.',
  quoteAcceptance: 'Einverstanden, Datum und Unterschrift',
  signedOnline: (name, when) => `Online unterschrieben von ${name} am ${when}`,
  signature: 'Unterschrift',
  page: (page, pages) => `Seite ${page}/${pages}`,
  units: {
    C62: 'Stk.',
    H87: 'Stück',
    HUR: 'Std.',
    DAY: 'Tag',
    MTR: 'm',
    MTK: 'm²',
    MTQ: 'm³',
    LTR: 'l',
    KGM: 'kg',
    KMT: 'km',
    LS: 'pauschal',
  },
  legalForms: {
    srl: 'SRL/BV',
    sa: 'SA/NV',
    sc: 'SC/CV',
    snc: 'SNC/VOF',
    scomm: 'SComm/CommV',
    asbl: 'ASBL/VZW',
  },
  mentions: {
    reverseCharge:
      'Umkehr der Steuerschuldnerschaft: MwSt. vom Vertragspartner geschuldet, Artikel 51 § 2 Absatz 1 Nr. 5 des belgischen MwSt.-Gesetzbuches (Königlicher Erlass Nr. 1, Artikel 20).',
    intraEuGoods:
      'Steuerfreie innergemeinschaftliche Lieferung, Artikel 39bis Absatz 1 Nr. 1 des belgischen MwSt.-Gesetzbuches.',
    intraEuServices:
      'Umkehr der Steuerschuldnerschaft: innergemeinschaftliche Dienstleistung, Artikel 21 § 2 des belgischen MwSt.-Gesetzbuches (Artikel 196 der Richtlinie 2006/112/EG).',
    export: 'Steuerfreie Ausfuhr, Artikel 39 § 1 des belgischen MwSt.-Gesetzbuches.',
    exempt: (reason) => `MwSt.-Befreiung${reason ? `: ${reason}` : ''}.`,
    franchise:
      'Sonderregelung für Kleinunternehmen: keine MwSt. berechnet (Artikel 56bis des belgischen MwSt.-Gesetzbuches).',
    organizationExempt: 'Von der MwSt. befreit, Artikel 44 des belgischen MwSt.-Gesetzbuches.',
    renovation:
      'MwSt.-Satz von 6 %: Ficht der Kunde dies nicht innerhalb eines Monats nach Erhalt der Rechnung schriftlich an, wird davon ausgegangen, dass er anerkennt, dass (1) die Arbeiten an einer Wohnung ausgeführt werden, deren Erstbezug in einem Kalenderjahr erfolgte, das mindestens zehn Jahre vor dem Datum der ersten Rechnung für diese Arbeiten liegt, (2) die Wohnung nach Ausführung der Arbeiten ausschließlich oder hauptsächlich als Privatwohnung genutzt wird und (3) die Arbeiten an einen Endverbraucher erbracht und diesem in Rechnung gestellt werden. Ist mindestens eine dieser Bedingungen nicht erfüllt, gilt der normale MwSt.-Satz von 21 % und der Kunde haftet in Bezug auf diese Bedingungen für die Zahlung der geschuldeten Steuer, Zinsen und Geldbußen.',
  },
};

export const PDF_LABELS: Record<PdfLanguage, PdfLabels> = { fr, nl, en, de };
