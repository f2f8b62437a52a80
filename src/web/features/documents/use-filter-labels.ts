import { useTranslation } from 'react-i18next';
import type { DocumentFilter } from './document-search';

/** Labels of the list filters; `all` is the absence of a filter. */
export function useFilterLabels(): Record<DocumentFilter | 'all', string> {
  const { t } = useTranslation();
  return {
    all: t('documents.filters.all'),
    draft: t('documents.filters.draft'),
    finalized: t('documents.filters.finalized'),
    sent: t('documents.filters.sent'),
    accepted: t('documents.filters.accepted'),
    refused: t('documents.filters.refused'),
    partiallyPaid: t('documents.filters.partiallyPaid'),
    paid: t('documents.filters.paid'),
    overdue: t('documents.filters.overdue'),
    expired: t('documents.filters.expired'),
    unpaid: t('documents.filters.unpaid'),
    deleted: t('documents.filters.deleted'),
  };
}
