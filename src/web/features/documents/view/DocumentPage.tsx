import { Alert, Divider, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document, DocumentType } from '../../../../contract/index.js';
import { DetailShell } from '../../../components/list/DetailShell';
import { PageHeader } from '../../../components/ui/PageHeader';
import { usePageTitle } from '../../../lib/use-page-title';
import { useMe } from '../../me/me-context';
import { documentQueryOptions } from '../api';
import { DOCUMENT_ROUTES } from '../document-types';
import { ConvertedToLink } from '../ConvertedToLink';
import { StatusBadge } from '../StatusBadge';
import { TotalsPanel } from '../TotalsPanel';
import { totalsViewOfDocument } from '../totals-view';
import { documentTitle, useDocumentLabels } from '../use-document-labels';
import { AmountCard } from './AmountCard';
import { DocumentActions } from './DocumentActions';
import { DocumentFacts } from './DocumentFacts';
import { DocumentLinesTable } from './DocumentLinesTable';
import { LinkedDocuments } from './LinkedDocuments';
import { PdfPreview } from './PdfPreview';
import { ShareLinkPanel } from './ShareLinkPanel';

/**
 * The panels other features add beside a document (payments, e-mail, reminders, PEPPOL),
 * composed by the route: this feature does not know them.
 */
export type DocumentPanels = (props: { document: Document }) => ReactNode;

interface DocumentPageProps {
  type: DocumentType;
  id: string;
  /** Shown under the amount, before the shared link. */
  Panels?: DocumentPanels;
}

/** One quote, invoice or credit note: its state, its content, what to do next. */
export function DocumentPage({ type, id, Panels }: DocumentPageProps) {
  const { organization } = useMe();
  const labels = useDocumentLabels()[type];
  const query = useQuery(documentQueryOptions(organization.id, type, id));
  usePageTitle(query.data ? documentTitle(labels, query.data.numberFormatted) : labels.plural);

  return (
    <DetailShell query={query} back={{ to: DOCUMENT_ROUTES[type].list, label: labels.plural }}>
      {(document, back) => <DocumentView document={document} back={back} Panels={Panels} />}
    </DetailShell>
  );
}

function DocumentView({
  document,
  back,
  Panels,
}: {
  document: Document;
  back: ReactNode;
  Panels?: DocumentPanels;
}) {
  const { t } = useTranslation();
  const labels = useDocumentLabels()[document.type];

  const title = document.numberFormatted ? (
    <>
      {labels.singular}{' '}
      <Text span inherit ff="monospace" data-testid="document-number">
        {document.numberFormatted}
      </Text>
    </>
  ) : (
    <span data-testid="document-number">{labels.draft}</span>
  );

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        {back}
        <PageHeader
          title={title}
          titleTestId="document-title"
          description={
            <Group gap="sm" component="span">
              <StatusBadge status={document.displayStatus} size="lg" testId="document-status" />
              <ConvertedToLink convertedTo={document.convertedTo} testId="document-converted-to" />
              <Text span c="dimmed">
                {document.customer.name}
              </Text>
            </Group>
          }
          actions={<DocumentActions document={document} />}
        />
      </Stack>
      {document.deleted && (
        <Alert color="red" variant="light" icon={<IconTrash />} data-testid="document-deleted">
          {t('documents.deletedNotice')}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
              <Stack gap="lg">
                <DocumentFacts document={document} />
                {document.textAbove && <Text size="sm">{document.textAbove}</Text>}
                <DocumentLinesTable document={document} />
                <Group justify="flex-end">
                  <div style={{ width: '100%', maxWidth: 380 }}>
                    <TotalsPanel totals={totalsViewOfDocument(document)} />
                  </div>
                </Group>
                {document.textBelow && (
                  <>
                    <Divider />
                    <Text size="sm">{document.textBelow}</Text>
                  </>
                )}
              </Stack>
            </Paper>
            <Stack gap="xs">
              <Title order={2} fz="md">
                {t('documents.pdf.heading')}
              </Title>
              <PdfPreview document={document} />
            </Stack>
          </Stack>
        </Grid.Col>
        {/* On a phone, what is due and how to settle it come before the details. */}
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            <AmountCard document={document} />
            {Panels && <Panels document={document} />}
            {document.status !== 'draft' && !document.deleted && (
              <ShareLinkPanel document={document} />
            )}
            <LinkedDocuments document={document} />
            {document.internalNote && (
              <Paper withBorder p="md" bg="yellow.0">
                <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
                  {t('documents.fields.internalNote')}
                </Text>
                <Text size="sm">{document.internalNote}</Text>
              </Paper>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
