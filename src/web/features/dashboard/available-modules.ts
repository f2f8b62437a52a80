import { IconPackage, IconUsers, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface AvailableModule {
  to: '/customers' | '/products';
  label: string;
  description: string;
  icon: Icon;
}

/** Modules that are built, in the navigation and as dashboard shortcuts. */
export function useAvailableModules(): AvailableModule[] {
  const { t } = useTranslation();
  return [
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
  ];
}
