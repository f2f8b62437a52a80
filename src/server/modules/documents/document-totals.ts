import {
  computeTotals,
  type DocumentTotals,
  type LineInput,
  type VatCategory,
} from '../../../core/documents/index.js';
import type { DocumentRow, LineRow } from './documents.repository.js';

export interface StoredDiscount {
  type: 'percent' | 'amount';
  value: string;
}

/** The stored lines as the core's totals input: the one function every total comes from. */
export function totalsOf(
  document: Pick<DocumentRow, 'price_mode' | 'discount' | 'settlement_discount'>,
  lines: readonly Pick<
    LineRow,
    | 'kind'
    | 'quantity'
    | 'unit_price'
    | 'discount'
    | 'vat_rate'
    | 'vat_category'
    | 'purchase_price'
    | 'is_deposit_deduction'
  >[],
): DocumentTotals {
  const input: LineInput[] = lines.map((line) =>
    line.kind === 'item'
      ? {
          kind: 'item',
          quantity: line.quantity ?? '0',
          unitPrice: line.unit_price ?? '0',
          discount: (line.discount as StoredDiscount | null) ?? null,
          vatRate: line.vat_rate ?? '0',
          vatCategory: (line.vat_category ?? 'S') as VatCategory,
          purchasePrice: line.purchase_price,
          isDepositDeduction: line.is_deposit_deduction,
        }
      : { kind: line.kind as 'section' | 'text' },
  );
  return computeTotals({
    priceMode: document.price_mode as 'excl' | 'incl',
    lines: input,
    discount: (document.discount as StoredDiscount | null) ?? null,
    settlementDiscount:
      (document.settlement_discount as { percent: string; days: number } | null) ?? null,
  });
}
