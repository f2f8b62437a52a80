import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentType, PublicDocument } from '../../../contract/index.js';

/** Titles and statuses in the customer's words (a quote "awaits your answer", not "finalized"). */
export function usePublicLabels() {
  const { t } = useTranslation();
  const titles: Record<DocumentType, string> = {
    quote: t('documents.types.quote.singular'),
    invoice: t('documents.types.invoice.singular'),
    creditNote: t('documents.types.creditNote.singular'),
  };
  const statuses: Record<string, string> = {
    accepted: t('documents.statuses.accepted'),
    refused: t('documents.statuses.refused'),
    expired: t('documents.statuses.expired'),
    partiallyPaid: t('documents.statuses.partiallyPaid'),
    paid: t('documents.statuses.paid'),
    overdue: t('documents.statuses.overdue'),
  };
  const open: Record<DocumentType, string> = {
    quote: t('publicDocument.status.awaitingAnswer'),
    invoice: t('publicDocument.status.toPay'),
    creditNote: t('publicDocument.status.issued'),
  };
  const colors: Record<string, MantineColor> = {
    accepted: 'teal',
    paid: 'teal',
    refused: 'gray',
    expired: 'gray',
    overdue: 'red',
    partiallyPaid: 'orange',
  };
  return {
    title: (type: DocumentType) => titles[type],
    status: (document: PublicDocument) => statuses[document.status] ?? open[document.type],
    statusColor: (document: PublicDocument): MantineColor => colors[document.status] ?? 'blue',
  };
}
