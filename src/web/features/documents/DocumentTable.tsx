import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, DocumentType } from '../../../contract/index.js';
import { SortableTh } from '../../components/ui/SortableTh';
import { formatDate, formatMoney } from '../../lib/format';
import type { Sort } from '../../lib/sort';
import { ConvertedToLink } from './ConvertedToLink';
import { DocumentLink } from './DocumentLink';
import type { DocumentSortField } from './document-search';
import { hasDueDate } from './document-types';
import { StatusBadge } from './StatusBadge';
import { useOpenDocument } from './use-open-document';

interface DocumentTableProps {
  type: DocumentType;
  documents: DocumentSummary[];
  sort: Sort<DocumentSortField>;
  onSort: (field: DocumentSortField) => void;
  /** A new page is on its way: dim the current one. */
  stale: boolean;
  testIdPrefix: string;
}

const AMOUNT = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** On a phone the table scrolls sideways inside its frame; the page itself never does. */
export function DocumentTable({
  type,
  documents,
  sort,
  onSort,
  stale,
  testIdPrefix,
}: DocumentTableProps) {
  const { t, i18n } = useTranslation();
  const open = useOpenDocument();
  const withDueDate = hasDueDate(type);
  const sortable = (field: DocumentSortField, label: string, right = false) => (
    <SortableTh
      sorted={sort.field === field ? sort.direction : null}
      onSort={() => onSort(field)}
      testId={`${testIdPrefix}-sort-${field}`}
      right={right}
    >
      {label}
    </SortableTh>
  );

  return (
    <Table.ScrollContainer minWidth={withDueDate ? 860 : 720} type="native">
      <Table
        highlightOnHover
        verticalSpacing="sm"
        style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}
        data-testid={`${testIdPrefix}-table`}
      >
        <Table.Thead>
          <Table.Tr>
            {sortable('number', t('documents.columns.number'))}
            {sortable('customer', t('documents.columns.customer'))}
            {sortable('issueDate', t('documents.columns.issueDate'))}
            {withDueDate && sortable('dueDate', t('documents.columns.dueDate'))}
            {sortable('total', t('documents.columns.totalIncl'), true)}
            {withDueDate && <Table.Th ta="right">{t('documents.columns.openBalance')}</Table.Th>}
            <Table.Th>{t('documents.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((document, index) => (
            <Table.Tr
              key={document.id}
              data-testid={`${testIdPrefix}-row-${index}`}
              style={{ cursor: 'pointer' }}
              // The whole row opens the document; the number stays a real link for keyboards,
              // screen readers and opening in a new tab.
              onClick={(event) => {
                if (event.target instanceof Element && event.target.closest('a')) return;
                void open(document);
              }}
            >
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DocumentLink
                  type={document.type}
                  id={document.id}
                  size="sm"
                  fw={600}
                  ff={document.numberFormatted ? 'monospace' : undefined}
                  fs={document.numberFormatted ? undefined : 'italic'}
                  c={document.numberFormatted ? undefined : 'dimmed'}
                >
                  {document.numberFormatted ?? t('documents.noNumber')}
                </DocumentLink>
              </Table.Td>
              <Table.Td maw={280}>
                <Text size="sm" lineClamp={2}>
                  {document.customerName}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(document.issueDate, i18n.language)}
              </Table.Td>
              {withDueDate && (
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text
                    size="sm"
                    c={document.displayStatus === 'overdue' ? 'red' : undefined}
                    fw={document.displayStatus === 'overdue' ? 600 : undefined}
                  >
                    {formatDate(document.dueDate, i18n.language)}
                  </Text>
                </Table.Td>
              )}
              <Table.Td ta="right" style={AMOUNT}>
                {formatMoney(document.totalIncl, document.currency, i18n.language)}
              </Table.Td>
              {withDueDate && (
                <Table.Td ta="right" style={AMOUNT}>
                  {document.status === 'draft'
                    ? ''
                    : formatMoney(document.openBalance, document.currency, i18n.language)}
                </Table.Td>
              )}
              <Table.Td>
                <StatusBadge status={document.displayStatus} />
                <ConvertedToLink
                  convertedTo={document.convertedTo}
                  testId={`${testIdPrefix}-row-${index}-converted`}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
