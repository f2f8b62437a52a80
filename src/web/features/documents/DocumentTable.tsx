import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, DocumentType } from '../../../contract/index.js';
import { DataTable, sortControl } from '../../components/list/DataTable';
import type { ListPage } from '../../components/list/use-list-page';
import { formatDate, formatMoney } from '../../lib/format';
import { ConvertedToLink } from './ConvertedToLink';
import { DocumentNumberLink } from './DocumentLink';
import { documentSort, type DocumentSearch, type DocumentSortField } from './document-search';
import { hasDueDate } from './document-types';
import { StatusBadge } from './StatusBadge';
import { useOpenDocument } from './use-open-document';

interface DocumentTableProps extends ListPage<DocumentSearch> {
  type: DocumentType;
  documents: DocumentSummary[];
  stale: boolean;
  testIdPrefix: string;
}

export function DocumentTable({
  type,
  documents,
  search,
  onChange,
  stale,
  testIdPrefix,
}: DocumentTableProps) {
  const { t, i18n } = useTranslation();
  const open = useOpenDocument();
  const withDueDate = hasDueDate(type);

  return (
    <DataTable<DocumentSummary, DocumentSortField>
      rows={documents}
      rowKey={(document) => document.id}
      testIdPrefix={testIdPrefix}
      minWidth={withDueDate ? 860 : 720}
      stale={stale}
      sort={sortControl(documentSort(search), onChange)}
      onRowClick={(document) => void open(document)}
      columns={[
        {
          key: 'number',
          header: t('documents.columns.number'),
          sort: 'number',
          nowrap: true,
          cell: (document) => (
            <DocumentNumberLink
              type={document.type}
              id={document.id}
              number={document.numberFormatted}
            />
          ),
        },
        {
          key: 'customer',
          header: t('documents.columns.customer'),
          sort: 'customer',
          maxWidth: 280,
          cell: (document) => (
            <Text size="sm" lineClamp={2}>
              {document.customerName}
            </Text>
          ),
        },
        {
          key: 'issueDate',
          header: t('documents.columns.issueDate'),
          sort: 'issueDate',
          nowrap: true,
          cell: (document) => formatDate(document.issueDate, i18n.language),
        },
        withDueDate && {
          key: 'dueDate',
          header: t('documents.columns.dueDate'),
          sort: 'dueDate',
          nowrap: true,
          cell: (document) => {
            const overdue = document.displayStatus === 'overdue';
            return (
              <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
                {formatDate(document.dueDate, i18n.language)}
              </Text>
            );
          },
        },
        {
          key: 'total',
          header: t('documents.columns.totalIncl'),
          sort: 'total',
          numeric: true,
          cell: (document) => formatMoney(document.totalIncl, document.currency, i18n.language),
        },
        withDueDate && {
          key: 'openBalance',
          header: t('documents.columns.openBalance'),
          numeric: true,
          cell: (document) =>
            document.status === 'draft'
              ? ''
              : formatMoney(document.openBalance, document.currency, i18n.language),
        },
        {
          key: 'status',
          header: t('documents.columns.status'),
          cell: (document, index) => (
            <>
              <StatusBadge status={document.displayStatus} />
              <ConvertedToLink
                convertedTo={document.convertedTo}
                testId={`${testIdPrefix}-row-${index}-converted`}
              />
            </>
          ),
        },
      ]}
    />
  );
}
