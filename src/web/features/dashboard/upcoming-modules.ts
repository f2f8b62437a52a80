import { IconShoppingCart, type Icon } from '@tabler/icons-react';
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
      key: 'purchases',
      label: t('nav.purchases'),
      description: t('dashboard.modules.purchases'),
      icon: IconShoppingCart,
    },
  ];
}
