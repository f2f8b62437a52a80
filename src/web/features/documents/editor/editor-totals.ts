import { translate, type Language, type MessageKey } from '../../../../contract/index.js';
import {
  computeTotals,
  TotalsError,
  type DocumentTotals,
  type LineInput,
  lineVatTreatment,
  type OrganizationVatRegime,
} from '../../../../core/documents/index.js';
import type { DocumentFormValues } from './document-form-values';
import { toFormPath } from './form-paths';

export interface TotalsProblem {
  /** Editor path of the input at fault (`lines.2.unitPrice`), or `''` for the document. */
  path: string;
  message: string;
}

export type EditorTotals =
  { totals: DocumentTotals; problem: null } | { totals: null; problem: TotalsProblem };

/** The same messages the server gives for the same refusals (server document-errors.ts). */
const MESSAGES: Partial<Record<string, MessageKey>> = {
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
 * What is still being typed counts as what it will become: an empty price is 0 until filled in,
 * and "12." is 12, so the totals follow the keyboard instead of flashing errors.
 */
function typed(value: string): string {
  const trimmed = value.trim().replace(/\.$/, '');
  return trimmed === '' || trimmed === '-' ? '0' : trimmed;
}

/**
 * The totals of what is on screen, by the very function the server uses: lines total, document
 * discount, VAT per rate, totals and the settlement discount.
 */
export function editorTotals(
  values: DocumentFormValues,
  regime: DocumentFormValues['vatRegime'] & string,
  organizationRegime: OrganizationVatRegime,
  language: Language,
): EditorTotals {
  const lines: LineInput[] = values.lines.map((line) => {
    if (line.kind !== 'item') return { kind: line.kind };
    const vat = lineVatTreatment(regime, line.vatRate, organizationRegime);
    return {
      kind: 'item',
      quantity: typed(line.quantity),
      unitPrice: typed(line.unitPrice),
      discount: line.discountValue
        ? { type: line.discountType, value: typed(line.discountValue) }
        : null,
      vatRate: vat.rate,
      vatCategory: vat.category,
      purchasePrice: line.purchasePrice ? typed(line.purchasePrice) : null,
      isDepositDeduction: line.isDepositDeduction,
    };
  });
  const settlement = values.settlementPercent !== '' && values.settlementDays !== '';
  try {
    const totals = computeTotals({
      priceMode: values.priceMode,
      lines,
      discount: values.discountValue
        ? { type: values.discountType, value: typed(values.discountValue) }
        : null,
      settlementDiscount: settlement
        ? { percent: typed(values.settlementPercent), days: Number(values.settlementDays) }
        : null,
    });
    return { totals, problem: null };
  } catch (error) {
    if (!(error instanceof TotalsError)) throw error;
    return {
      totals: null,
      problem: {
        // A line whose amount is out of range has no input at fault: its total is.
        path: /^lines\.\d+$/.test(error.path) ? `${error.path}.total` : toFormPath(error.path),
        message: translate(language, MESSAGES[error.code] ?? 'validation.invalid'),
      },
    };
  }
}
