import {
  documentKind,
  type DocumentType,
  type FinalizeConfirmation,
  type FinalizeRequest,
} from '../../../contract/index.js';
import type { DocumentTotals } from '../../../core/documents/index.js';
import { InvalidState, Validation } from '../../platform/errors.js';
import type { DocumentRow } from './documents.repository.js';

/** 6 % under the standard category: the renovation rate (DOMAIN §4.2), for final consumers only. */
const hasRenovationRate = (totals: DocumentTotals) =>
  totals.vatGroups.some((group) => group.vatCategory === 'S' && Number(group.vatRate) === 6);

/**
 * What the user must confirm before this invoice is numbered: a zero total, or the 6 %
 * renovation rate for a customer with a VAT number (a business is not a final consumer).
 * Payable kinds only (invoices): a quote charges nothing yet, and a credit note reverses a
 * confirmed invoice.
 */
export function confirmationsNeeded(
  type: DocumentType,
  row: Pick<DocumentRow, 'customer'>,
  totals: DocumentTotals,
): FinalizeConfirmation[] {
  const needed: FinalizeConfirmation[] = [];
  if (!documentKind(type).payable) return needed;
  if (Number(totals.totalIncl) === 0) needed.push('zeroTotal');
  const customer = row.customer as { vatNumber?: string | null };
  if (customer.vatNumber && hasRenovationRate(totals)) needed.push('renovationVat');
  return needed;
}

/**
 * The refusals that come before a number is taken: a due date before the issue date, an
 * invoice asking a negative amount (that is a credit note), and unconfirmed confirmations.
 */
export function checkFinalizable(
  type: DocumentType,
  row: Pick<DocumentRow, 'customer' | 'issue_date' | 'due_date'>,
  totals: DocumentTotals,
  request: FinalizeRequest,
): FinalizeConfirmation[] {
  if (row.due_date && row.due_date < row.issue_date)
    throw Validation({ dueDate: 'validation.dueBeforeIssue' });
  if (documentKind(type).payable && Number(totals.totalIncl) < 0)
    throw InvalidState('error.negativeTotal');
  const needed = confirmationsNeeded(type, row, totals);
  if (needed.includes('zeroTotal') && !request.confirmZeroTotal)
    throw InvalidState('error.zeroTotalNeedsConfirmation');
  if (needed.includes('renovationVat') && !request.confirmRenovationVat)
    throw InvalidState('error.renovationVatNeedsConfirmation');
  return needed;
}
