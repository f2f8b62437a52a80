import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface RoleBadgesProps {
  isCustomer: boolean;
  isSupplier: boolean;
  isProspect: boolean;
  archived?: boolean;
}

export function RoleBadges({ isCustomer, isSupplier, isProspect, archived }: RoleBadgesProps) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {isCustomer && (
        <Badge size="sm" variant="light" color="brand">
          {t('customers.roles.customer')}
        </Badge>
      )}
      {isSupplier && (
        <Badge size="sm" variant="light" color="orange">
          {t('customers.roles.supplier')}
        </Badge>
      )}
      {isProspect && (
        <Badge size="sm" variant="light" color="gray">
          {t('customers.roles.prospect')}
        </Badge>
      )}
      {archived && (
        <Badge size="sm" variant="outline" color="gray">
          {t('customers.archivedBadge')}
        </Badge>
      )}
    </Group>
  );
}
