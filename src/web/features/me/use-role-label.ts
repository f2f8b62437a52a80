import { useTranslation } from 'react-i18next';
import type { Role } from '../../../contract/index.js';

export function useRoleLabel(): (role: Role) => string {
  const { t } = useTranslation();
  const labels: Record<Role, string> = {
    owner: t('roles.owner'),
    employee: t('roles.employee'),
    accountant: t('roles.accountant'),
    support: t('roles.support'),
  };
  return (role) => labels[role];
}
