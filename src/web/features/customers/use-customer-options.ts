import { useTranslation } from 'react-i18next';
import { DOCUMENT_LANGUAGES } from '../../../contract/index.js';
import type { CustomerVatRegime, DocumentLanguage } from './customer-form-values';

interface Option<T extends string> {
  value: T;
  label: string;
}

export function useVatRegimeOptions(): Option<CustomerVatRegime>[] {
  const { t } = useTranslation();
  return [
    { value: 'normal', label: t('customers.vatRegimes.normal') },
    { value: 'reverseCharge', label: t('customers.vatRegimes.reverseCharge') },
    { value: 'intraEuGoods', label: t('customers.vatRegimes.intraEuGoods') },
    { value: 'intraEuServices', label: t('customers.vatRegimes.intraEuServices') },
    { value: 'export', label: t('customers.vatRegimes.export') },
    { value: 'exempt', label: t('customers.vatRegimes.exempt') },
  ];
}

export type CustomerRole = 'customer' | 'supplier' | 'prospect';

export function useRoleOptions(): Option<CustomerRole>[] {
  const { t } = useTranslation();
  return [
    { value: 'customer', label: t('customers.roles.customer') },
    { value: 'supplier', label: t('customers.roles.supplier') },
    { value: 'prospect', label: t('customers.roles.prospect') },
  ];
}

/** Document languages named in the UI language by the browser ("allemand", "Duits"…). */
export function useDocumentLanguageOptions(): Option<DocumentLanguage>[] {
  const { i18n } = useTranslation();
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  } catch {
    // The codes are still understandable.
  }
  return DOCUMENT_LANGUAGES.map((code) => {
    const name = names?.of(code);
    return { value: code, label: name ? name.charAt(0).toUpperCase() + name.slice(1) : code };
  });
}
