import { useTranslation } from 'react-i18next';
import type { AuditGroup, MemberStatus, Module } from '../../../contract/index.js';

/** The name of each module an employee can be given, in the order of the switches. */
export function useModuleLabels(): Record<Module, string> {
  const { t } = useTranslation();
  return {
    quotes: t('nav.quotes'),
    invoices: t('nav.invoices'),
    creditNotes: t('nav.creditNotes'),
    payments: t('nav.payments'),
    purchases: t('nav.purchases'),
    reports: t('team.modules.reports'),
    settings: t('team.modules.settings'),
  };
}

export function useStatusLabels(): Record<MemberStatus, string> {
  const { t } = useTranslation();
  return {
    invited: t('team.status.invited'),
    active: t('team.status.active'),
    deactivated: t('team.status.deactivated'),
  };
}

export const STATUS_COLORS: Record<MemberStatus, string> = {
  invited: 'yellow',
  active: 'teal',
  deactivated: 'gray',
};

export function useAuditGroupLabels(): Record<AuditGroup, string> {
  const { t } = useTranslation();
  return {
    logins: t('audit.groups.logins'),
    twoFactor: t('audit.groups.twoFactor'),
    team: t('audit.groups.team'),
    access: t('audit.groups.access'),
    links: t('audit.groups.links'),
    documents: t('audit.groups.documents'),
    settings: t('audit.groups.settings'),
  };
}
