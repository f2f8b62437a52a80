import { useTranslation } from 'react-i18next';
import type { AppId } from '../../../contract/index.js';

/** Each app's name and what it does, in the reader's language (keys written out for the catalogue test). */
export function useAppNames(): Record<AppId, string> {
  const { t } = useTranslation();
  return {
    customers: t('apps.names.customers'),
    products: t('apps.names.products'),
    quotes: t('apps.names.quotes'),
    invoices: t('apps.names.invoices'),
    creditNotes: t('apps.names.creditNotes'),
    payments: t('apps.names.payments'),
    peppol: t('apps.names.peppol'),
    purchases: t('apps.names.purchases'),
    reminders: t('apps.names.reminders'),
    subscriptions: t('apps.names.subscriptions'),
  };
}

export function useAppDescriptions(): Record<AppId, string> {
  const { t } = useTranslation();
  return {
    customers: t('apps.descriptions.customers'),
    products: t('apps.descriptions.products'),
    quotes: t('apps.descriptions.quotes'),
    invoices: t('apps.descriptions.invoices'),
    creditNotes: t('apps.descriptions.creditNotes'),
    payments: t('apps.descriptions.payments'),
    peppol: t('apps.descriptions.peppol'),
    purchases: t('apps.descriptions.purchases'),
    reminders: t('apps.descriptions.reminders'),
    subscriptions: t('apps.descriptions.subscriptions'),
  };
}
