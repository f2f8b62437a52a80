import { useTranslation } from 'react-i18next';
import type { Document } from '../../../../contract/index.js';
import { PdfFrame } from '../../../components/ui/PdfFrame';
import { documentPdfUrl } from '../api';

/**
 * The PDF as the customer will get it. Keyed by `updatedAt`, the frame loads again after every
 * change (API answers are never cached).
 */
export function PdfPreview({ document }: { document: Document }) {
  const { t } = useTranslation();
  return (
    <PdfFrame
      key={document.updatedAt}
      src={documentPdfUrl(document.type, document.id)}
      title={t('documents.pdf.title', { number: document.numberFormatted ?? '' })}
      testId="document-pdf"
    />
  );
}
