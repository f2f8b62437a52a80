import {
  isValidIban,
  isValidStructuredCommunication,
  normalizeIban,
  structuredCommunication,
} from '../../identifiers/index.js';
import { all, attribute, dateAt, first, requiredText, textAt } from './read.js';
import type { ReceivedFinancialAccount, ReceivedPaymentMeans } from './types.js';
import type { XmlElement } from './xml-tree.js';

/**
 * The Belgian structured communication (OGM/VCS) in a PaymentID, printed `+++123/4567/89002+++`:
 * twelve digits, with or without the usual `+++`/`***` and slashes, and a valid mod-97 check.
 */
export function structuredCommunicationOf(paymentId: string | null): string | null {
  if (paymentId === null || !isValidStructuredCommunication(paymentId)) return null;
  return structuredCommunication(paymentId.replace(/\D/g, '').slice(0, 10));
}

function readAccount(element: XmlElement | null): ReceivedFinancialAccount | null {
  const id = textAt(element, 'cbc:ID');
  if (id === null) return null;
  return {
    id,
    iban: isValidIban(id) ? normalizeIban(id) : null,
    name: textAt(element, 'cbc:Name'),
    bic: textAt(element, 'cac:FinancialInstitutionBranch', 'cbc:ID'),
  };
}

/** BG-16: the code is mandatory; everything else is read if present. */
export function readPaymentMeans(element: XmlElement): ReceivedPaymentMeans {
  const paymentId = textAt(element, 'cbc:PaymentID');
  const mandate = first(element, 'cac:PaymentMandate');
  const card = first(element, 'cac:CardAccount');
  return {
    code: requiredText(element, 'cbc:PaymentMeansCode'),
    name: attribute(first(element, 'cbc:PaymentMeansCode'), 'name'),
    paymentId,
    structuredCommunication: structuredCommunicationOf(paymentId),
    dueDate: dateAt(element, 'cbc:PaymentDueDate'),
    account: readAccount(first(element, 'cac:PayeeFinancialAccount')),
    mandate: mandate && {
      id: textAt(mandate, 'cbc:ID'),
      payerAccount: textAt(mandate, 'cac:PayerFinancialAccount', 'cbc:ID'),
    },
    card: card && {
      number: textAt(card, 'cbc:PrimaryAccountNumberID'),
      network: textAt(card, 'cbc:NetworkID'),
      holder: textAt(card, 'cbc:HolderName'),
    },
  };
}

export function readPaymentTerms(root: XmlElement): string | null {
  const notes = all(root, 'cac:PaymentTerms').flatMap((terms) =>
    all(terms, 'cbc:Note').flatMap((note) => {
      const text = note.text.trim();
      return text ? [text] : [];
    }),
  );
  return notes.length > 0 ? notes.join('\n') : null;
}

/** BT-9 when `cbc:DueDate` is absent (a UBL CreditNote has none at its root). */
export function fallbackDueDate(root: XmlElement): string | null {
  for (const means of all(root, 'cac:PaymentMeans')) {
    const date = dateAt(means, 'cbc:PaymentDueDate');
    if (date) return date;
  }
  for (const terms of all(root, 'cac:PaymentTerms')) {
    const date = dateAt(terms, 'cbc:PaymentDueDate');
    if (date) return date;
  }
  return null;
}
