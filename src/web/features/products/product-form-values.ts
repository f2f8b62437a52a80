import {
  translate,
  productInputSchema,
  type DOCUMENT_LANGUAGES,
  type Product,
  type ProductInput,
} from '../../../contract/index.js';
import { currentLanguage } from '../../i18n';
import { trimDecimal } from '../../lib/decimal';
import { schemaErrors } from '../../lib/zod-form';
import type { UnitCode, VatRate } from './use-product-options';

type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];
export type LocalizedValues = Record<DocumentLanguage, string>;

/** Inputs hold strings, never null: empty strings become null on the way to the API. */
export interface ProductFormValues {
  code: string;
  name: LocalizedValues;
  description: LocalizedValues;
  groupId: string | null;
  unitCode: UnitCode;
  priceMode: 'excl' | 'incl';
  price: string;
  vatRate: VatRate;
  purchasePrice: string;
  marginPercent: string;
  ean: string;
  active: boolean;
}

const emptyLocalized = (): LocalizedValues => ({ fr: '', nl: '', en: '', de: '' });

export function emptyProductValues(): ProductFormValues {
  return {
    code: '',
    name: emptyLocalized(),
    description: emptyLocalized(),
    groupId: null,
    unitCode: 'C62',
    priceMode: 'excl',
    price: '',
    vatRate: '21',
    purchasePrice: '',
    marginPercent: '',
    ean: '',
    active: true,
  };
}

const localizedValues = (text: Product['name']): LocalizedValues => ({
  fr: text.fr ?? '',
  nl: text.nl ?? '',
  en: text.en ?? '',
  de: text.de ?? '',
});

/** `12.5000` from the database reads as `12.50` in the input. */
const decimalValue = (value: string | null, minDecimals = 2): string =>
  value === null ? '' : trimDecimal(value, minDecimals);

export function toProductFormValues(product: Product): ProductFormValues {
  return {
    code: product.code,
    name: localizedValues(product.name),
    description: localizedValues(product.description),
    groupId: product.groupId,
    unitCode: product.unitCode,
    priceMode: product.priceMode,
    price: decimalValue(product.price),
    vatRate: product.vatRate,
    purchasePrice: decimalValue(product.purchasePrice),
    marginPercent: decimalValue(product.marginPercent, 0),
    ean: product.ean ?? '',
    active: product.active,
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

const localizedInput = (values: LocalizedValues) => ({
  fr: orNull(values.fr),
  nl: orNull(values.nl),
  en: orNull(values.en),
  de: orNull(values.de),
});

export function toProductInput(values: ProductFormValues): ProductInput {
  return {
    code: values.code,
    name: localizedInput(values.name),
    description: localizedInput(values.description),
    groupId: values.groupId,
    unitCode: values.unitCode,
    priceMode: values.priceMode,
    price: values.price,
    vatRate: values.vatRate,
    purchasePrice: orNull(values.purchasePrice),
    marginPercent: orNull(values.marginPercent),
    ean: orNull(values.ean),
    active: values.active,
  };
}

export function validateProduct(values: ProductFormValues): Record<string, string> {
  const errors = schemaErrors(productInputSchema, toProductInput(values));
  // An empty price is missing, not malformed.
  if (values.price.trim() === '')
    errors.price = translate(currentLanguage(), 'validation.required');
  return errors;
}
