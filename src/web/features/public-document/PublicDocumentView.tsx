import {
  Alert,
  Badge,
  Box,
  Button,
  Divider,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCircleCheck, IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicDocument } from '../../../contract/index.js';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { TotalsPanel } from '../documents/TotalsPanel';
import type { TotalsView } from '../documents/totals-view';
import { publicPdfUrl } from './api';
import { PublicLines } from './PublicLines';
import { SignPanel } from './SignPanel';
import { usePublicLabels } from './use-public-labels';

function totalsView(document: PublicDocument): TotalsView {
  return {
    currency: document.currency,
    priceMode: document.priceMode,
    linesTotal: document.totals.linesTotal,
    documentDiscount: document.totals.documentDiscount,
    vatGroups: document.vatBreakdown,
    totalExcl: document.totals.totalExcl,
    totalVat: document.totals.totalVat,
    totalIncl: document.totals.totalIncl,
    settlement: document.settlement,
  };
}

function Party({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </Group>
  );
}

/** The document as the customer reads it on any screen, with its PDF and, for a quote, signing. */
export function PublicDocumentView({
  token,
  document,
}: {
  token: string;
  document: PublicDocument;
}) {
  const { t, i18n } = useTranslation();
  const labels = usePublicLabels();
  const { company, customer } = document;
  const date = (value: string | null) => formatDate(value, i18n.language);
  const paymentFacts = (payment: NonNullable<PublicDocument['payment']>) =>
    [
      {
        label: t('publicDocument.payment.amount'),
        value: formatMoney(payment.amount, document.currency, i18n.language),
        testId: 'public-payment-amount',
      },
      { label: t('publicDocument.payment.beneficiary'), value: payment.accountHolder },
      {
        label: t('publicDocument.payment.iban'),
        value: payment.iban.replace(/(.{4})(?=.)/g, '$1 '),
        mono: true,
      },
      payment.bic && { label: t('publicDocument.payment.bic'), value: payment.bic, mono: true },
      payment.structuredCommunication && {
        label: t('documents.fields.structuredCommunication'),
        value: payment.structuredCommunication,
        mono: true,
        testId: 'public-payment-communication',
      },
      payment.dueDate && { label: t('documents.fields.dueDate'), value: date(payment.dueDate) },
    ].filter((fact): fact is { label: string; value: string; mono?: boolean; testId?: string } =>
      Boolean(fact),
    );

  return (
    <Stack gap="lg" data-testid="public-document">
      <Paper
        withBorder
        p={{ base: 'md', sm: 'xl' }}
        style={{ borderTop: `4px solid ${company.color}` }}
      >
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start" gap="md">
            <Stack gap={4}>
              <Title order={1} fz={{ base: 24, sm: 30 }} style={{ color: company.color }}>
                {labels.title(document.type)}{' '}
                <Text span inherit ff="monospace" data-testid="public-number">
                  {document.number}
                </Text>
              </Title>
              <Group gap="xs">
                <Badge
                  variant="light"
                  color={labels.statusColor(document)}
                  data-testid="public-status"
                  data-status={document.status}
                >
                  {labels.status(document)}
                </Badge>
              </Group>
            </Stack>
            <Button
              component="a"
              href={publicPdfUrl(token)}
              download
              variant="default"
              leftSection={<IconDownload size={18} />}
              data-testid="public-pdf"
            >
              {t('publicDocument.downloadPdf')}
            </Button>
          </Group>

          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <Party label={t('publicDocument.from')}>
              <Text fw={650}>{company.name}</Text>
              {company.addressLines.map((line) => (
                <Text key={line} size="sm">
                  {line}
                </Text>
              ))}
              {company.vatNumber && (
                <Text size="sm" c="dimmed">
                  {t('publicDocument.vatNumber', { number: company.vatNumber })}
                </Text>
              )}
              {!company.vatNumber && company.enterpriseNumber && (
                <Text size="sm" c="dimmed">
                  {t('publicDocument.enterpriseNumber', { number: company.enterpriseNumber })}
                </Text>
              )}
              {company.email && (
                <Text size="sm" c="dimmed">
                  {company.email}
                </Text>
              )}
              {company.phone && (
                <Text size="sm" c="dimmed">
                  {company.phone}
                </Text>
              )}
            </Party>
            <Party label={t('publicDocument.to')}>
              <Text fw={650} data-testid="public-customer">
                {customer.name}
              </Text>
              {customer.attention && <Text size="sm">{customer.attention}</Text>}
              {customer.addressLines.map((line) => (
                <Text key={line} size="sm">
                  {line}
                </Text>
              ))}
              {customer.vatNumber && (
                <Text size="sm" c="dimmed">
                  {t('publicDocument.vatNumber', { number: customer.vatNumber })}
                </Text>
              )}
            </Party>
          </SimpleGrid>

          <Group gap="xl" style={{ rowGap: 'var(--mantine-spacing-xs)' }}>
            <Fact label={t('documents.fields.issueDate')} value={date(document.issueDate)} />
            {document.type === 'invoice' && document.dueDate && (
              <Fact label={t('documents.fields.dueDate')} value={date(document.dueDate)} />
            )}
            {document.type === 'quote' && document.validUntil && (
              <Fact label={t('documents.fields.validUntil')} value={date(document.validUntil)} />
            )}
            {document.deliveryDate && (
              <Fact
                label={t('documents.fields.deliveryDate')}
                value={date(document.deliveryDate)}
              />
            )}
            {document.orderReference && (
              <Fact label={t('documents.fields.orderReference')} value={document.orderReference} />
            )}
          </Group>

          {document.textAbove && (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {document.textAbove}
            </Text>
          )}
          <PublicLines document={document} />
          <Group justify="flex-end">
            <Box w="100%" maw={380}>
              <TotalsPanel totals={totalsView(document)} />
            </Box>
          </Group>
          {document.textBelow && (
            <>
              <Divider />
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {document.textBelow}
              </Text>
            </>
          )}
        </Stack>
      </Paper>

      {document.payment && (
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} data-testid="public-payment">
          <Stack gap="sm">
            <Title order={2} fz="lg">
              {t('publicDocument.payment.title')}
            </Title>
            <Grid gap="xs">
              {paymentFacts(document.payment).map((fact) => (
                <Grid.Col key={fact.label} span={{ base: 12, sm: 6 }}>
                  <Text size="xs" c="dimmed">
                    {fact.label}
                  </Text>
                  <Text fw={600} ff={fact.mono ? 'monospace' : undefined} data-testid={fact.testId}>
                    {fact.value}
                  </Text>
                </Grid.Col>
              ))}
            </Grid>
          </Stack>
        </Paper>
      )}

      {document.signature && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck />}
          title={t('publicDocument.sign.signedTitle')}
          data-testid="public-signed"
        >
          {t('publicDocument.sign.signedBy', {
            name: document.signature.name,
            date: formatDateTime(document.signature.signedAt, i18n.language),
          })}
        </Alert>
      )}
      {document.canSign && <SignPanel token={token} document={document} />}
    </Stack>
  );
}
