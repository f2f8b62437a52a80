import { useTranslation } from 'react-i18next';
import type { DocumentType } from '../../../contract/index.js';

export interface DocumentLabels {
  /** "Invoices": list titles and navigation. */
  plural: string;
  /** "Invoice": before a number. */
  singular: string;
  /** "Draft invoice": a document without a number yet. */
  draft: string;
  new: string;
  subtitle: string;
}

export function useDocumentLabels(): Record<DocumentType, DocumentLabels> {
  const { t } = useTranslation();
  return {
    quote: {
      plural: t('documents.types.quote.plural'),
      singular: t('documents.types.quote.singular'),
      draft: t('documents.types.quote.draft'),
      new: t('documents.types.quote.new'),
      subtitle: t('documents.types.quote.subtitle'),
    },
    invoice: {
      plural: t('documents.types.invoice.plural'),
      singular: t('documents.types.invoice.singular'),
      draft: t('documents.types.invoice.draft'),
      new: t('documents.types.invoice.new'),
      subtitle: t('documents.types.invoice.subtitle'),
    },
    creditNote: {
      plural: t('documents.types.creditNote.plural'),
      singular: t('documents.types.creditNote.singular'),
      draft: t('documents.types.creditNote.draft'),
      new: t('documents.types.creditNote.new'),
      subtitle: t('documents.types.creditNote.subtitle'),
    },
  };
}

/** "Invoice F2026-0007", or "Draft invoice" before finalisation. */
export function documentTitle(labels: DocumentLabels, numberFormatted: string | null): string {
  return numberFormatted ? `${labels.singular} ${numberFormatted}` : labels.draft;
}
