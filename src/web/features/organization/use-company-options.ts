import { useTranslation } from 'react-i18next';
import { CURRENCIES } from '../../../contract/index.js';
import type { Currency, LegalForm, VatRegime } from './company-form-values';

interface Option<T extends string> {
  value: T;
  label: string;
}

export function useLegalFormOptions(): Option<LegalForm>[] {
  const { t } = useTranslation();
  return [
    { value: 'srl', label: t('company.legalForms.srl') },
    { value: 'sa', label: t('company.legalForms.sa') },
    { value: 'sc', label: t('company.legalForms.sc') },
    { value: 'snc', label: t('company.legalForms.snc') },
    { value: 'scomm', label: t('company.legalForms.scomm') },
    { value: 'asbl', label: t('company.legalForms.asbl') },
    { value: 'sole', label: t('company.legalForms.sole') },
    { value: 'other', label: t('company.legalForms.other') },
  ];
}

export function useVatRegimeOptions(): Option<VatRegime>[] {
  const { t } = useTranslation();
  return [
    { value: 'liable', label: t('company.vatRegimes.liable') },
    { value: 'franchise', label: t('company.vatRegimes.franchise') },
    { value: 'exempt', label: t('company.vatRegimes.exempt') },
  ];
}

/** Currency codes with their symbol-free local name, e.g. "EUR – euro". */
export function useCurrencyOptions(): Option<Currency>[] {
  const { i18n } = useTranslation();
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([i18n.language], { type: 'currency' });
  } catch {
    // The code alone is understood by everyone who invoices.
  }
  return CURRENCIES.map((code) => {
    const name = names?.of(code);
    return { value: code, label: name ? `${code} – ${name}` : code };
  });
}
