import { useTranslation } from 'react-i18next';
import { UNIT_CODES, VAT_RATES } from '../../../contract/index.js';
import { formatPercent } from '../../lib/format';

export type UnitCode = (typeof UNIT_CODES)[number];
export type VatRate = (typeof VAT_RATES)[number];

/** UN/ECE units with their name; the code is what goes on PEPPOL invoices. */
export function useUnitLabels(): Record<UnitCode, string> {
  const { t } = useTranslation();
  return {
    C62: t('products.units.C62'),
    H87: t('products.units.H87'),
    HUR: t('products.units.HUR'),
    DAY: t('products.units.DAY'),
    MTR: t('products.units.MTR'),
    MTK: t('products.units.MTK'),
    MTQ: t('products.units.MTQ'),
    KGM: t('products.units.KGM'),
    LTR: t('products.units.LTR'),
    KMT: t('products.units.KMT'),
    SET: t('products.units.SET'),
    LS: t('products.units.LS'),
  };
}

export function useUnitOptions(): { value: UnitCode; label: string }[] {
  const labels = useUnitLabels();
  return UNIT_CODES.map((code) => ({ value: code, label: `${labels[code]} (${code})` }));
}

export function useVatRateOptions(): { value: VatRate; label: string }[] {
  const { i18n } = useTranslation();
  return VAT_RATES.map((rate) => ({ value: rate, label: formatPercent(rate, i18n.language) }));
}
