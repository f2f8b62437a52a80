import type { UseFormReturnType } from '@mantine/form';
import {
  UNIT_CODES,
  VAT_RATES,
  type Subscription,
  type SubscriptionFrequency,
  type SubscriptionInput,
  type SubscriptionSendMode,
} from '../../../contract/index.js';
import {
  emptyDocumentValues,
  emptyLine,
  newLineKey,
  toDocumentInput,
  type DocumentFormValues,
  type LineValues,
} from '../documents/editor/document-form-values';
import { toFormPath } from '../documents/editor/form-paths';
import type { UnitCode, VatRate } from '../products/use-product-options';

/** When and how invoices are made; the rest of a subscription is edited like a document. */
export interface ScheduleValues {
  name: string;
  frequency: SubscriptionFrequency;
  startDate: string;
  /** Empty: no end. */
  endDate: string;
  /** `0`…`23`, as the hour picker holds it. */
  creationHour: string;
  active: boolean;
  autoFinalize: boolean;
  autoSend: SubscriptionSendMode;
}

export type ScheduleForm = UseFormReturnType<ScheduleValues>;

export function emptySchedule(today: string): ScheduleValues {
  return {
    name: '',
    frequency: 'monthly',
    startDate: today,
    endDate: '',
    creationHour: '6',
    active: true,
    autoFinalize: false,
    autoSend: 'off',
  };
}

const isUnitCode = (value: string): value is UnitCode =>
  (UNIT_CODES as readonly string[]).includes(value);
const isVatRate = (value: string): value is VatRate =>
  (VAT_RATES as readonly string[]).includes(value);

function toLineValues(line: Subscription['lines'][number]): LineValues {
  if (line.kind !== 'item') return { ...emptyLine(line.kind), description: line.description };
  return {
    key: newLineKey(),
    kind: 'item',
    productId: line.productId,
    description: line.description,
    quantity: line.quantity,
    unitCode: isUnitCode(line.unitCode) ? line.unitCode : 'C62',
    unitPrice: line.unitPrice,
    discountType: line.discount?.type ?? 'percent',
    discountValue: line.discount?.value ?? '',
    vatRate: isVatRate(line.vatRate) ? line.vatRate : '21',
    purchasePrice: line.purchasePrice ?? '',
    isDepositDeduction: line.isDepositDeduction,
  };
}

/** A saved subscription as the editor's two forms hold it. */
export function toFormValues(
  subscription: Subscription,
  today: string,
): { document: DocumentFormValues; schedule: ScheduleValues } {
  return {
    document: {
      ...emptyDocumentValues(today),
      customerId: subscription.customerId,
      language: subscription.language,
      priceMode: subscription.priceMode,
      vatRegime: subscription.vatRegime,
      vatExemptionReason: subscription.vatExemptionReason ?? '',
      discountType: subscription.discount?.type ?? 'percent',
      discountValue: subscription.discount?.value ?? '',
      textAbove: subscription.textAbove ?? '',
      textBelow: subscription.textBelow ?? '',
      lines: subscription.lines.map(toLineValues),
    },
    schedule: {
      name: subscription.name ?? '',
      frequency: subscription.frequency,
      startDate: subscription.startDate,
      endDate: subscription.endDate ?? '',
      creationHour: String(subscription.creationHour),
      active: subscription.active,
      autoFinalize: subscription.autoFinalize,
      autoSend: subscription.autoSend,
    },
  };
}

export interface PreparedSubscription {
  input: SubscriptionInput;
  /** Form index of each line sent (blank lines are left out), to place `lines.N` errors. */
  lineIndexes: number[];
}

export function toSubscriptionInput(
  document: DocumentFormValues,
  schedule: ScheduleValues,
): PreparedSubscription {
  const { input, lineIndexes } = toDocumentInput(document);
  return {
    lineIndexes,
    input: {
      name: schedule.name.trim() || null,
      customerId: input.customerId,
      language: input.language ?? null,
      priceMode: input.priceMode ?? 'excl',
      vatRegime: input.vatRegime ?? null,
      vatExemptionReason: input.vatExemptionReason ?? null,
      discount: input.discount ?? null,
      textAbove: input.textAbove ?? null,
      textBelow: input.textBelow ?? null,
      lines: input.lines,
      frequency: schedule.frequency,
      startDate: schedule.startDate,
      endDate: schedule.endDate || null,
      creationHour: Number(schedule.creationHour),
      active: schedule.active,
      autoFinalize: schedule.autoFinalize,
      autoSend: schedule.autoFinalize ? schedule.autoSend : 'off',
    },
  };
}

const SCHEDULE_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'frequency',
  'startDate',
  'endDate',
  'creationHour',
  'active',
  'autoFinalize',
  'autoSend',
]);

/** Request paths to the form each belongs to (and its path there). */
export function splitErrors(
  errors: Readonly<Record<string, string>>,
  lineIndexes: readonly number[],
): { document: Record<string, string>; schedule: Record<string, string> } {
  const document: Record<string, string> = {};
  const schedule: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const root = path.split('.')[0] ?? '';
    if (SCHEDULE_FIELDS.has(root)) schedule[root] ??= message;
    else document[toFormPath(path, lineIndexes)] ??= message;
  }
  return { document, schedule };
}
