import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Document, DocumentType } from '../../../../contract/index.js';
import { useMe } from '../../me/me-context';
import { documentQueryOptions } from '../api';
import { DocumentLink } from '../DocumentLink';
import { DOCUMENT_MODULES } from '../document-types';
import { StatusBadge } from '../StatusBadge';
import { documentTitle, useDocumentLabels } from '../use-document-labels';

/**
 * The API gives the source's id but not its type: invoices come from quotes, credit notes from
 * invoices.
 */
const SOURCE_TYPE: Record<DocumentType, DocumentType | null> = {
  quote: null,
  invoice: 'quote',
  creditNote: 'invoice',
};

/** Where the document comes from and what was made from it, as links. */
export function LinkedDocuments({ document }: { document: Document }) {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useDocumentLabels();
  const sourceType = SOURCE_TYPE[document.type];
  const sourceId = document.sourceDocumentId;
  const readable = sourceType !== null && me.permissions.includes(DOCUMENT_MODULES[sourceType]);
  // Fetched for its number and status; without the module, the link alone is shown.
  const source = useQuery({
    ...documentQueryOptions(me.organization.id, sourceType ?? 'quote', sourceId ?? ''),
    enabled: readable && sourceId !== null,
  }).data;

  if (!sourceId && document.derivedDocuments.length === 0) return null;

  const row = (
    type: DocumentType,
    id: string,
    numberFormatted: string | null,
    status: string | null,
    testId: string,
  ) => (
    <Group key={id} justify="space-between" gap="xs" wrap="nowrap">
      <DocumentLink type={type} id={id} size="sm" fw={500} data-testid={testId}>
        {documentTitle(labels[type], numberFormatted)}
      </DocumentLink>
      {status && <StatusBadge status={status} size="sm" />}
    </Group>
  );

  return (
    <Paper withBorder p="md" component="section" data-testid="linked-documents">
      <Stack gap="sm">
        <Title order={2} fz="md">
          {t('documents.linked.title')}
        </Title>
        {sourceId && sourceType && (
          <Stack gap={4}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('documents.linked.source')}
            </Text>
            {row(
              sourceType,
              sourceId,
              source?.numberFormatted ?? null,
              source?.displayStatus ?? null,
              'linked-source',
            )}
          </Stack>
        )}
        {document.derivedDocuments.length > 0 && (
          <Stack gap={4}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('documents.linked.derived')}
            </Text>
            {document.derivedDocuments.map((derived, index) =>
              row(
                derived.type,
                derived.id,
                derived.numberFormatted,
                derived.status,
                `linked-derived-${index}`,
              ),
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
