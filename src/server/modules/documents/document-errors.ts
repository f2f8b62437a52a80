import type { MessageKey } from '../../../contract/index.js';
import { DepositError, TotalsError } from '../../../core/documents/index.js';
import { NumberingError } from '../../../core/numbering/index.js';
import { Conflict, InvalidState, Validation } from '../../platform/errors.js';

const TOTALS_MESSAGES: Partial<Record<string, MessageKey>> = {
  tooManyDecimals: 'validation.decimal',
  invalidNumber: 'validation.decimal',
  amountTooLarge: 'validation.amountTooLarge',
  discountExceedsAmount: 'validation.discountExceedsAmount',
  invalidDiscount: 'validation.percent',
  unknownVatRate: 'validation.choice',
  invalidVatRate: 'validation.choice',
  vatRateMismatch: 'validation.choice',
};

/**
 * The input to change: a line amount out of range (`lines.3`) comes from its price × quantity,
 * and the price is what one corrects (the editor names the same field).
 */
function fieldOf(path: string): string {
  if (/^lines\.\d+$/.test(path)) return `${path}.unitPrice`;
  return path || 'lines';
}

/** Core calculation refusals become field errors; anything else keeps its way up. */
export async function asFieldErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TotalsError) {
      throw Validation({
        [fieldOf(error.path)]: TOTALS_MESSAGES[error.code] ?? 'validation.invalid',
      });
    }
    if (error instanceof DepositError) {
      throw Validation({
        deposit:
          error.code === 'depositExceedsTotal'
            ? 'validation.depositTooLarge'
            : 'validation.invalid',
      });
    }
    if (error instanceof NumberingError) throw Validation({ format: 'validation.numberFormat' });
    throw error;
  }
}

export const notDraft = () => InvalidState('error.notDraft');
export const invalidState = () => InvalidState('error.invalidState');
export const editConflict = () => Conflict('error.editConflict');

/** An If-Match value (quoted or not, as HTTP allows) against the stored `updated_at`. */
export function sameVersion(updatedAt: Date, expected: string): boolean {
  const time = Date.parse(expected.replace(/^W\//, '').replace(/^"|"$/g, ''));
  return time === updatedAt.getTime();
}
