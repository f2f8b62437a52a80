import { Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InboxDocumentSummary } from '../../../contract/index.js';
import { DataTable } from '../../components/list/DataTable';
import { RowLink } from '../../components/list/RowLink';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { useReceivedKindLabels } from '../received/use-received-kind-labels';
import { InboxStatusBadge } from './InboxStatusBadge';

interface InboxTableProps {
  documents: InboxDocumentSummary[];
  stale: boolean;
}

/** Received documents, newest first. */
export function InboxTable({ documents, stale }: InboxTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const kinds = useReceivedKindLabels();
  return (
    <DataTable<InboxDocumentSummary>
      rows={documents}
      rowKey={(document) => document.id}
      testIdPrefix="inbox"
      minWidth={820}
      stale={stale}
      onRowClick={(document) =>
        void navigate({ to: '/inbox/$inboxId', params: { inboxId: document.id } })
      }
      columns={[
        {
          key: 'received',
          header: t('inbox.columns.received'),
          nowrap: true,
          cell: (document) => (
            <>
              <Text size="sm">{formatDateTime(document.receivedAt, i18n.language)}</Text>
              <Text size="xs" c="dimmed">
                {document.source === 'peppol' ? t('inbox.source.peppol') : t('inbox.source.upload')}
              </Text>
            </>
          ),
        },
        {
          key: 'supplier',
          header: t('inbox.columns.supplier'),
          maxWidth: 260,
          cell: (document) => (
            <>
              <Text size="sm" fw={500} lineClamp={2}>
                {document.sellerName}
              </Text>
              {document.sellerVatNumber && (
                <Text size="xs" c="dimmed">
                  {document.sellerVatNumber}
                </Text>
              )}
            </>
          ),
        },
        {
          key: 'number',
          header: t('inbox.columns.number'),
          nowrap: true,
          cell: (document) => (
            <>
              <RowLink to="/inbox/$inboxId" params={{ inboxId: document.id }} ff="monospace">
                {document.number}
              </RowLink>
              {document.kind === 'creditNote' && (
                <Text size="xs" c="dimmed">
                  {kinds.creditNote}
                </Text>
              )}
            </>
          ),
        },
        {
          key: 'issueDate',
          header: t('inbox.columns.issueDate'),
          nowrap: true,
          cell: (document) => formatDate(document.issueDate, i18n.language),
        },
        {
          key: 'dueDate',
          header: t('inbox.columns.dueDate'),
          nowrap: true,
          cell: (document) => formatDate(document.dueDate, i18n.language),
        },
        {
          key: 'total',
          header: t('inbox.columns.total'),
          numeric: true,
          cell: (document) => formatMoney(document.totalPayable, document.currency, i18n.language),
        },
        {
          key: 'status',
          header: t('inbox.columns.status'),
          cell: (document) => <InboxStatusBadge status={document.status} />,
        },
      ]}
    />
  );
}
