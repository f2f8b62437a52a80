import {
  type Decimal,
  HUNDRED,
  ONE,
  ZERO,
  dec,
  parseDecimal,
  round2,
  sum,
} from '../../money/decimal.js';
import type {
  InboundWarning,
  InboundWarningCode,
  ReceivedDocument,
  ReceivedTaxTotal,
} from './types.js';
import { canWarn } from './warnings.js';

/** The document's amounts, already checked to be plain decimals by the reader. */
const d = (value: string): Decimal => parseDecimal(value);
const orZero = (value: string | null): Decimal => (value === null ? ZERO : d(value));

// Tolerances the rules themselves allow.
const BR_CO_17_SLACK = ONE;
const R120_SLACK = dec('0.02');

type Checked = Omit<ReceivedDocument, 'warnings'>;

/** The `TaxTotal` in the document currency (BT-110), the one that carries the VAT breakdown. */
export function documentTaxTotal(
  taxTotals: readonly ReceivedTaxTotal[],
  currency: string,
  taxCurrency: string | null,
): ReceivedTaxTotal | null {
  const exact = taxTotals.find((total) => total.currency === currency);
  if (exact) return exact;
  // A sender that left out currencyID (already warned about) still meant its own currency.
  const others = taxTotals.filter(
    (total) => total.currency === null || total.currency !== taxCurrency,
  );
  return others.length === 1 ? (others[0] ?? null) : null;
}

/** `/Invoice/cac:InvoiceLine[3]`: the index only where the element repeats, as `pathOf` does. */
function step(name: string, index: number, count: number): string {
  return count > 1 ? `${name}[${index + 1}]` : name;
}

/**
 * EN 16931's arithmetic re-done on what the sender wrote (BR-CO-10 … 17, Peppol R120). A received
 * document is never refused for its sums: the user sees the warnings beside it.
 */
export function arithmeticWarnings(doc: Checked): InboundWarning[] {
  const warnings: InboundWarning[] = [];
  const root = doc.kind === 'invoice' ? '/Invoice' : '/CreditNote';
  const totalsPath = `${root}/cac:LegalMonetaryTotal`;
  const warn = (
    code: InboundWarningCode,
    rule: string,
    path: string,
    expected: Decimal | string,
    found: string | null,
  ) => {
    if (!canWarn(warnings, code)) return;
    const text = typeof expected === 'string' ? expected : expected.toFixed();
    warnings.push({ code, rule, path, expected: text, found });
  };
  const { totals } = doc;

  const lineSum = sum(doc.lines.map((line) => d(line.lineNet)));
  if (!lineSum.eq(d(totals.lineExtension))) {
    warn(
      'lineExtensionMismatch',
      'BR-CO-10',
      `${totalsPath}/cbc:LineExtensionAmount`,
      lineSum,
      totals.lineExtension,
    );
  }

  const documentLevel = (charge: boolean) =>
    sum(doc.allowancesCharges.filter((ac) => ac.charge === charge).map((ac) => d(ac.amount)));
  const allowances = documentLevel(false);
  if (!allowances.eq(orZero(totals.allowanceTotal))) {
    warn(
      'allowanceTotalMismatch',
      'BR-CO-11',
      `${totalsPath}/cbc:AllowanceTotalAmount`,
      allowances,
      totals.allowanceTotal,
    );
  }
  const charges = documentLevel(true);
  if (!charges.eq(orZero(totals.chargeTotal))) {
    warn(
      'chargeTotalMismatch',
      'BR-CO-12',
      `${totalsPath}/cbc:ChargeTotalAmount`,
      charges,
      totals.chargeTotal,
    );
  }

  const taxExclusive = d(totals.lineExtension)
    .minus(orZero(totals.allowanceTotal))
    .plus(orZero(totals.chargeTotal));
  if (!taxExclusive.eq(d(totals.taxExclusive))) {
    warn(
      'taxExclusiveMismatch',
      'BR-CO-13',
      `${totalsPath}/cbc:TaxExclusiveAmount`,
      taxExclusive,
      totals.taxExclusive,
    );
  }

  const taxTotal = documentTaxTotal(doc.taxTotals, doc.currency, doc.taxCurrency);
  const taxTotalIndex = taxTotal ? doc.taxTotals.indexOf(taxTotal) : -1;
  const taxTotalPath = `${root}/${step('cac:TaxTotal', taxTotalIndex, doc.taxTotals.length)}`;
  if (!taxTotal) {
    warn('missingTaxTotal', 'BR-CO-18', `${root}/cac:TaxTotal`, doc.currency, null);
  } else {
    const subtotalSum = sum(taxTotal.subtotals.map((subtotal) => d(subtotal.taxAmount)));
    if (taxTotal.subtotals.length > 0 && !subtotalSum.eq(d(taxTotal.taxAmount))) {
      warn(
        'taxTotalMismatch',
        'BR-CO-14',
        `${taxTotalPath}/cbc:TaxAmount`,
        subtotalSum,
        taxTotal.taxAmount,
      );
    }
    taxTotal.subtotals.forEach((subtotal, index) => {
      if (subtotal.percent === null) return;
      const expected = round2(d(subtotal.taxableAmount).times(d(subtotal.percent)).div(HUNDRED));
      if (expected.minus(d(subtotal.taxAmount)).abs().gt(BR_CO_17_SLACK)) {
        const path = `${taxTotalPath}/${step('cac:TaxSubtotal', index, taxTotal.subtotals.length)}`;
        warn(
          'subtotalTaxMismatch',
          'BR-CO-17',
          `${path}/cbc:TaxAmount`,
          expected.toFixed(2),
          subtotal.taxAmount,
        );
      }
    });
  }

  const taxInclusive = d(totals.taxExclusive).plus(orZero(taxTotal?.taxAmount ?? null));
  if (!taxInclusive.eq(d(totals.taxInclusive))) {
    warn(
      'taxInclusiveMismatch',
      'BR-CO-15',
      `${totalsPath}/cbc:TaxInclusiveAmount`,
      taxInclusive,
      totals.taxInclusive,
    );
  }

  const payable = d(totals.taxInclusive)
    .minus(orZero(totals.prepaid))
    .plus(orZero(totals.rounding));
  if (!payable.eq(d(totals.payable))) {
    warn('payableMismatch', 'BR-CO-16', `${totalsPath}/cbc:PayableAmount`, payable, totals.payable);
  }

  const lineStep = doc.kind === 'invoice' ? 'cac:InvoiceLine' : 'cac:CreditNoteLine';
  doc.lines.forEach((line, index) => {
    const baseQuantity = line.baseQuantity === null ? ONE : d(line.baseQuantity);
    if (baseQuantity.eq(ZERO)) return;
    const lineCharges = line.allowancesCharges.map((ac) =>
      ac.charge ? d(ac.amount) : d(ac.amount).neg(),
    );
    const expected = round2(
      d(line.quantity).times(d(line.price)).div(baseQuantity).plus(sum(lineCharges)),
    );
    if (expected.minus(d(line.lineNet)).abs().gt(R120_SLACK)) {
      const path = `${root}/${step(lineStep, index, doc.lines.length)}/cbc:LineExtensionAmount`;
      warn('lineNetMismatch', 'PEPPOL-EN16931-R120', path, expected.toFixed(2), line.lineNet);
    }
  });

  return warnings;
}
