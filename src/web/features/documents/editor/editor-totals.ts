import {
  documentLineInputSchema,
  issuesToFields,
  translate,
  type Language,
  type MessageKey,
} from '../../../../contract/index.js';
import {
  computeTotals,
  TotalsError,
  type DocumentTotals,
  type LineInput,
  lineVatTreatment,
  type OrganizationVatRegime,
  type PriceMode,
} from '../../../../core/documents/index.js';
import { dec, formatMoney, sum } from '../../../../core/money/index.js';
import type { DocumentFormValues, LineValues } from './document-form-values';
import { toFormPath } from './form-paths';

export interface TotalsProblem {
  /** Editor path of the input at fault (`lines.2.unitPrice`), or `''` for the document. */
  path: string;
  message: string;
}

export interface EditorTotals {
  /** Null while any value is refused (see `problem`). */
  totals: DocumentTotals | null;
  /**
   * Each line's amount (an item's net, a section's subtotal), null for text lines and for a
   * refused line: one bad price never blanks the other lines.
   */
  lineAmounts: (string | null)[];
  /** The first refusal, the one the totals panel names. */
  problem: TotalsProblem | null;
  /** Every refusal, each on its input. */
  problems: TotalsProblem[];
}

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

/** The numbers of a line the contract limits (quantity, price, discount, purchase price). */
const NUMBER_FIELDS = new Set(['quantity', 'unitPrice', 'discount', 'purchasePrice']);

/**
 * What is still being typed counts as what it will become: an empty price is 0 until filled in,
 * and "12." is 12, so the totals follow the keyboard instead of flashing errors.
 */
function typed(value: string): string {
  const trimmed = value.trim().replace(/\.$/, '');
  return trimmed === '' || trimmed === '-' ? '0' : trimmed;
}

type Context = {
  regime: DocumentFormValues['vatRegime'] & string;
  organizationRegime: OrganizationVatRegime;
  language: Language;
};

function lineInput(line: LineValues, context: Context): LineInput {
  if (line.kind !== 'item') return { kind: line.kind };
  const vat = lineVatTreatment(context.regime, line.vatRate, context.organizationRegime);
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
}

function problemOf(error: TotalsError, language: Language, index?: number): TotalsProblem {
  // A single line is computed as line 0: its refusal belongs to the line at `index`.
  const path = index === undefined ? error.path : error.path.replace(/^lines\.0/, `lines.${index}`);
  return {
    // A line amount out of range comes from its price (× quantity): the message goes there,
    // where the server puts it too.
    path: /^lines\.\d+$/.test(path) ? `${path}.unitPrice` : toFormPath(path),
    message: translate(language, MESSAGES[error.code] ?? 'validation.invalid'),
  };
}

/**
 * One item line on its own: first the contract's limits (the server schema's, so the editor
 * refuses exactly what the server would), then the core's computation. Its net, or its problems.
 */
function itemLine(
  line: LineValues,
  index: number,
  priceMode: PriceMode,
  context: Context,
): { net: string; problems: [] } | { net: null; problems: TotalsProblem[] } {
  const input = lineInput(line, context);
  if (input.kind !== 'item') return { net: null, problems: [] };
  const parsed = documentLineInputSchema.safeParse({
    kind: 'item',
    description: 'x',
    quantity: input.quantity,
    unitPrice: input.unitPrice,
    discount: input.discount,
    vatRate: line.vatRate,
    purchasePrice: input.purchasePrice,
  });
  if (!parsed.success) {
    const limits = parsed.error.issues.filter((issue) => NUMBER_FIELDS.has(String(issue.path[0])));
    const fields = Object.entries(issuesToFields(limits, context.language));
    if (fields.length > 0) {
      return {
        net: null,
        problems: fields.map(([field, message]) => ({
          path: toFormPath(`lines.${index}.${field}`),
          message,
        })),
      };
    }
  }
  try {
    const { lines } = computeTotals({ priceMode, lines: [input], discount: null });
    const computed = lines[0];
    return computed?.kind === 'item'
      ? { net: computed.net, problems: [] }
      : { net: null, problems: [] };
  } catch (error) {
    if (!(error instanceof TotalsError)) throw error;
    return { net: null, problems: [problemOf(error, context.language, index)] };
  }
}

/**
 * The item lines that take something off the total (a negative quantity or price: goods taken
 * back, a deposit deducted), summed; null when there are none. The amounts are in price mode.
 */
export function deductionsOf(
  lines: readonly LineValues[],
  lineAmounts: readonly (string | null)[],
): string | null {
  const negative = lines.flatMap((line, index) => {
    const amount = lineAmounts[index];
    return line.kind === 'item' && amount && amount.startsWith('-') ? [dec(amount)] : [];
  });
  return negative.length > 0 ? formatMoney(sum(negative)) : null;
}

/** A section's subtotal: its item lines' nets up to the next section; none if one is refused. */
function withSubtotals(
  lines: readonly LineValues[],
  nets: readonly (string | null)[],
): (string | null)[] {
  return lines.map((line, index) => {
    if (line.kind !== 'section') return nets[index] ?? null;
    const items: (string | null)[] = [];
    for (let next = index + 1; next < lines.length && lines[next]?.kind !== 'section'; next++) {
      if (lines[next]?.kind === 'item') items.push(nets[next] ?? null);
    }
    if (items.some((net) => net === null)) return null;
    return formatMoney(sum(items.map((net) => dec(net ?? '0'))));
  });
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
  const context: Context = { regime, organizationRegime, language };
  const perLine = values.lines.map((line, index) =>
    itemLine(line, index, values.priceMode, context),
  );
  const lineAmounts = withSubtotals(
    values.lines,
    perLine.map((line) => line.net),
  );
  const lineProblems = perLine.flatMap((line) => line.problems);
  const first = lineProblems[0];
  if (first) return { totals: null, lineAmounts, problem: first, problems: lineProblems };

  const settlement = values.settlementPercent !== '' && values.settlementDays !== '';
  try {
    const totals = computeTotals({
      priceMode: values.priceMode,
      lines: values.lines.map((line) => lineInput(line, context)),
      discount: values.discountValue
        ? { type: values.discountType, value: typed(values.discountValue) }
        : null,
      settlementDiscount: settlement
        ? { percent: typed(values.settlementPercent), days: Number(values.settlementDays) }
        : null,
    });
    return { totals, lineAmounts, problem: null, problems: [] };
  } catch (error) {
    if (!(error instanceof TotalsError)) throw error;
    const problem = problemOf(error, language);
    return { totals: null, lineAmounts, problem, problems: [problem] };
  }
}
