import {
  IconCash,
  IconFileInvoice,
  IconFileText,
  IconReceiptRefund,
  IconShoppingCart,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface ModuleItem {
  key: string;
  label: string;
  description: string;
  icon: Icon;
}

/** Modules announced in the navigation and on the dashboard until they are built. */
export function useUpcomingModules(): ModuleItem[] {
  const { t } = useTranslation();
  return [
    {
      key: 'quotes',
      label: t('nav.quotes'),
      description: t('dashboard.modules.quotes'),
      icon: IconFileText,
    },
    {
      key: 'invoices',
      label: t('nav.invoices'),
      description: t('dashboard.modules.invoices'),
      icon: IconFileInvoice,
    },
    {
      key: 'creditNotes',
      label: t('nav.creditNotes'),
      description: t('dashboard.modules.creditNotes'),
      icon: IconReceiptRefund,
    },
    {
      key: 'payments',
      label: t('nav.payments'),
      description: t('dashboard.modules.payments'),
      icon: IconCash,
    },
    {
      key: 'purchases',
      label: t('nav.purchases'),
      description: t('dashboard.modules.purchases'),
      icon: IconShoppingCart,
    },
  ];
}
