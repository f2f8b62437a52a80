import { Anchor, Table, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InboxDocumentSummary } from '../../../contract/index.js';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { InboxStatusBadge } from './InboxStatusBadge';
import { useReceivedKindLabels } from '../received/use-received-kind-labels';

const AMOUNT = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

interface InboxTableProps {
  documents: InboxDocumentSummary[];
  /** A new page is on its way: dim the current one. */
  stale: boolean;
}

/** Received documents, newest first. On a phone the table scrolls inside its frame. */
export function InboxTable({ documents, stale }: InboxTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const kinds = useReceivedKindLabels();
  return (
    <Table.ScrollContainer minWidth={820} type="native">
      <Table
        highlightOnHover
        verticalSpacing="sm"
        style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}
        data-testid="inbox-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('inbox.columns.received')}</Table.Th>
            <Table.Th>{t('inbox.columns.supplier')}</Table.Th>
            <Table.Th>{t('inbox.columns.number')}</Table.Th>
            <Table.Th>{t('inbox.columns.issueDate')}</Table.Th>
            <Table.Th>{t('inbox.columns.dueDate')}</Table.Th>
            <Table.Th ta="right">{t('inbox.columns.total')}</Table.Th>
            <Table.Th>{t('inbox.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((document, index) => (
            <Table.Tr
              key={document.id}
              data-testid={`inbox-row-${index}`}
              style={{ cursor: 'pointer' }}
              onClick={(event) => {
                if (event.target instanceof Element && event.target.closest('a')) return;
                void navigate({ to: '/inbox/$inboxId', params: { inboxId: document.id } });
              }}
            >
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{formatDateTime(document.receivedAt, i18n.language)}</Text>
                <Text size="xs" c="dimmed">
                  {document.source === 'peppol'
                    ? t('inbox.source.peppol')
                    : t('inbox.source.upload')}
                </Text>
              </Table.Td>
              <Table.Td maw={260}>
                <Text size="sm" fw={500} lineClamp={2}>
                  {document.sellerName}
                </Text>
                {document.sellerVatNumber && (
                  <Text size="xs" c="dimmed">
                    {document.sellerVatNumber}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor
                  size="sm"
                  fw={600}
                  ff="monospace"
                  renderRoot={(props) => (
                    <Link to="/inbox/$inboxId" params={{ inboxId: document.id }} {...props} />
                  )}
                >
                  {document.number}
                </Anchor>
                {document.kind === 'creditNote' && (
                  <Text size="xs" c="dimmed">
                    {kinds.creditNote}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(document.issueDate, i18n.language)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(document.dueDate, i18n.language)}
              </Table.Td>
              <Table.Td ta="right" style={AMOUNT}>
                {formatMoney(document.totalPayable, document.currency, i18n.language)}
              </Table.Td>
              <Table.Td>
                <InboxStatusBadge status={document.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
