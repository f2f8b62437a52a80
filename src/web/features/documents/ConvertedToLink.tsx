import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../contract/index.js';
import { DocumentLink } from './DocumentLink';

/** "→ invoice F2026-0042": where a converted quote went, as a link. */
export function ConvertedToLink({
  convertedTo,
  testId,
}: {
  convertedTo: DocumentSummary['convertedTo'];
  testId: string;
}) {
  const { t } = useTranslation();
  if (!convertedTo) return null;
  return (
    <Text span size="xs" c="dimmed" style={{ display: 'block', whiteSpace: 'nowrap' }}>
      {'→ '}
      <DocumentLink type={convertedTo.type} id={convertedTo.id} size="xs" data-testid={testId}>
        {convertedTo.numberFormatted
          ? t('documents.convertedTo', { number: convertedTo.numberFormatted })
          : t('documents.convertedToDraft')}
      </DocumentLink>
    </Text>
  );
}
