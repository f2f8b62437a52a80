import { Alert, Box, Divider, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { InboxDocument } from '../../../contract/index.js';
import { DetailShell } from '../../components/list/DetailShell';
import { PdfFrame } from '../../components/ui/PdfFrame';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../me/me-context';
import { PartyCard } from '../received/PartyCard';
import { PayableCard } from '../received/PayableCard';
import { PaymentDetails } from '../received/PaymentDetails';
import { ReceivedLinesTable } from '../received/ReceivedLinesTable';
import { ReceivedVatTable } from '../received/ReceivedVatTable';
import { receivedHeader } from '../received/received-header';
import { useReceivedKindLabels } from '../received/use-received-kind-labels';
import { inboxDocumentQueryOptions, inboxPdfUrl } from './api';
import { DecisionNotice } from './DecisionNotice';
import { InboxActions } from './InboxActions';
import { InboxFacts } from './InboxFacts';
import { InboxStatusBadge } from './InboxStatusBadge';
import { InboxTotals } from './InboxTotals';

/** One received document, read from its UBL, with what to do with it. */
export function InboxDocumentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const kinds = useReceivedKindLabels();
  const query = useQuery(inboxDocumentQueryOptions(organization.id, id));
  usePageTitle(query.data ? `${kinds[query.data.kind]} ${query.data.number}` : t('inbox.title'));

  return (
    <DetailShell
      query={query}
      back={{ to: '/inbox', label: t('inbox.title') }}
      header={(document) =>
        receivedHeader({
          kind: kinds[document.kind],
          number: document.number,
          testIdPrefix: 'inbox-document',
          status: (
            <InboxStatusBadge status={document.status} size="lg" testId="inbox-document-status" />
          ),
          party: document.sellerName,
          actions: <InboxActions document={document} />,
        })
      }
      gap="lg"
    >
      {(document) => <InboxDocumentView document={document} />}
    </DetailShell>
  );
}

function InboxDocumentView({ document }: { document: InboxDocument }) {
  const { t } = useTranslation();

  return (
    <>
      <DecisionNotice document={document} />
      {document.warnings.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle />}
          title={t('inbox.detail.warningsTitle')}
          data-testid="inbox-warnings"
        >
          <Stack gap={4}>
            {document.warnings.map((warning, index) => (
              <Text size="sm" key={index}>
                {warning}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
              <Stack gap="lg">
                <Grid gap="lg">
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <PartyCard
                      label={t('inbox.detail.seller')}
                      party={document.seller}
                      testId="inbox-seller"
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <PartyCard
                      label={t('inbox.detail.buyer')}
                      party={document.buyer}
                      testId="inbox-buyer"
                    />
                  </Grid.Col>
                </Grid>
                <InboxFacts document={document} />
                <ReceivedLinesTable lines={document.lines} testId="inbox-lines" />
                <ReceivedVatTable
                  breakdown={document.vatBreakdown}
                  currency={document.currency}
                  testId="inbox-vat"
                />
                <Group justify="flex-end">
                  <Box w={{ base: '100%', sm: 380 }}>
                    <InboxTotals document={document} />
                  </Box>
                </Group>
                {document.notes.length > 0 && (
                  <>
                    <Divider />
                    <Stack gap={4} data-testid="inbox-notes">
                      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                        {t('inbox.detail.notes')}
                      </Text>
                      {document.notes.map((note, index) => (
                        <Text size="sm" key={index} style={{ whiteSpace: 'pre-line' }}>
                          {note}
                        </Text>
                      ))}
                    </Stack>
                  </>
                )}
              </Stack>
            </Paper>
            {document.hasPdf && (
              <Stack gap="xs">
                <Title order={2} fz="md">
                  {t('inbox.detail.pdfTitle')}
                </Title>
                <PdfFrame
                  src={inboxPdfUrl(document.id)}
                  title={t('inbox.detail.pdfFrameTitle', { number: document.number })}
                  testId="inbox-pdf"
                />
              </Stack>
            )}
          </Stack>
        </Grid.Col>
        {/* On a phone, what to pay and how come before the details. */}
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            <PayableCard
              amount={document.totals.payable}
              currency={document.currency}
              dueDate={document.dueDate}
              testId="inbox-amount"
            />
            <Paper withBorder p="md" component="section">
              <Stack gap="sm">
                <Title order={2} fz="md">
                  {t('received.payment.title')}
                </Title>
                <PaymentDetails
                  iban={document.payment.iban}
                  bic={document.payment.bic}
                  structuredCommunication={document.payment.structuredCommunication}
                  reference={document.payment.reference}
                  terms={document.payment.terms}
                  testId="inbox-payment"
                />
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
