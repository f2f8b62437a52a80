import {
  IconCash,
  IconFileInvoice,
  IconFileText,
  IconInbox,
  IconPackage,
  IconReceiptRefund,
  IconRepeat,
  IconShoppingCart,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Module } from '../../../contract/index.js';
import { useMe } from '../me/me-context';

export interface AvailableModule {
  to:
    | '/customers'
    | '/products'
    | '/quotes'
    | '/invoices'
    | '/credit-notes'
    | '/subscriptions'
    | '/payments'
    | '/inbox'
    | '/purchases';
  label: string;
  description: string;
  icon: Icon;
}

/**
 * Modules that are built, in the navigation and as dashboard shortcuts; each only for users
 * granted its module (customers and products are open to everyone).
 */
export function useAvailableModules(): AvailableModule[] {
  const { t } = useTranslation();
  const { permissions } = useMe();
  const modules: (AvailableModule & { modules?: Module[] })[] = [
    {
      to: '/customers',
      label: t('nav.customers'),
      description: t('dashboard.modules.customers'),
      icon: IconUsers,
    },
    {
      to: '/products',
      label: t('nav.products'),
      description: t('dashboard.modules.products'),
      icon: IconPackage,
    },
    {
      to: '/quotes',
      modules: ['quotes'],
      label: t('nav.quotes'),
      description: t('dashboard.modules.quotes'),
      icon: IconFileText,
    },
    {
      to: '/invoices',
      modules: ['invoices'],
      label: t('nav.invoices'),
      description: t('dashboard.modules.invoices'),
      icon: IconFileInvoice,
    },
    {
      to: '/subscriptions',
      modules: ['invoices'],
      label: t('nav.subscriptions'),
      description: t('dashboard.modules.subscriptions'),
      icon: IconRepeat,
    },
    {
      to: '/credit-notes',
      modules: ['creditNotes'],
      label: t('nav.creditNotes'),
      description: t('dashboard.modules.creditNotes'),
      icon: IconReceiptRefund,
    },
    {
      to: '/payments',
      modules: ['payments', 'invoices'],
      label: t('nav.payments'),
      description: t('dashboard.modules.payments'),
      icon: IconCash,
    },
    {
      to: '/inbox',
      modules: ['purchases'],
      label: t('nav.inbox'),
      description: t('dashboard.modules.inbox'),
      icon: IconInbox,
    },
    {
      to: '/purchases',
      modules: ['purchases'],
      label: t('nav.purchases'),
      description: t('dashboard.modules.purchases'),
      icon: IconShoppingCart,
    },
  ];
  // The same requirements as the navigation (payments lists invoices, so it needs both).
  return modules.filter((module) => (module.modules ?? []).every((m) => permissions.includes(m)));
}
