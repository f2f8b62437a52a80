import type { MessageKey } from '../../../contract/index.js';
import { DepositError, TotalsError } from '../../../core/documents/index.js';
import { NumberingError } from '../../../core/numbering/index.js';
import { AppError, Validation } from '../../platform/errors.js';

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

/** Core calculation refusals become field errors; anything else keeps its way up. */
export async function asFieldErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TotalsError) {
      throw Validation({
        [error.path || 'lines']: TOTALS_MESSAGES[error.code] ?? 'validation.invalid',
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

export const notDraft = () => new AppError(409, 'error.notDraft');
export const invalidState = () => new AppError(409, 'error.invalidState');
