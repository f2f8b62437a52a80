import { Anchor, Table, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../contract/index.js';
import { SortableTh } from '../../components/ui/SortableTh';
import type { Sort } from '../../lib/sort';
import type { CustomerSortField } from './customer-search';
import { RoleBadges } from './RoleBadges';

interface CustomerTableProps {
  customers: CustomerSummary[];
  sort: Sort<CustomerSortField>;
  onSort: (field: CustomerSortField) => void;
  /** A new page is on its way: dim the current one. */
  stale: boolean;
}

/** On a phone the table scrolls sideways inside its frame; the page itself never does. */
export function CustomerTable({ customers, sort, onSort, stale }: CustomerTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sortable = (field: CustomerSortField, label: string) => (
    <SortableTh
      sorted={sort.field === field ? sort.direction : null}
      onSort={() => onSort(field)}
      testId={`customers-sort-${field}`}
    >
      {label}
    </SortableTh>
  );

  return (
    <Table.ScrollContainer minWidth={960} type="native">
      <Table
        highlightOnHover
        verticalSpacing="sm"
        style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}
        data-testid="customers-table"
      >
        <Table.Thead>
          <Table.Tr>
            {sortable('number', t('customers.columns.number'))}
            {sortable('name', t('customers.columns.name'))}
            <Table.Th>{t('customers.columns.vatNumber')}</Table.Th>
            {sortable('city', t('customers.columns.city'))}
            <Table.Th>{t('customers.columns.email')}</Table.Th>
            <Table.Th>{t('customers.columns.phone')}</Table.Th>
            <Table.Th>{t('customers.columns.roles')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {customers.map((customer, index) => (
            <Table.Tr
              key={customer.id}
              data-testid={`customers-row-${index}`}
              style={{ cursor: 'pointer' }}
              // The whole row opens the customer; the name stays a real link for keyboards,
              // screen readers and opening in a new tab.
              onClick={(event) => {
                if (event.target instanceof Element && event.target.closest('a')) return;
                void navigate({
                  to: '/customers/$customerId',
                  params: { customerId: customer.id },
                });
              }}
            >
              <Table.Td>
                <Text size="sm" ff="monospace" c="dimmed">
                  {customer.reference}
                </Text>
              </Table.Td>
              <Table.Td maw={280}>
                <Anchor
                  renderRoot={(props) => (
                    <Link
                      to="/customers/$customerId"
                      params={{ customerId: customer.id }}
                      {...props}
                    />
                  )}
                  fw={600}
                  size="sm"
                  c={customer.archived ? 'dimmed' : undefined}
                  lineClamp={2}
                >
                  {customer.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {customer.vatNumber ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>{customer.city ?? ''}</Table.Td>
              <Table.Td maw={240}>
                <Text size="sm" truncate>
                  {customer.email ?? ''}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{customer.phone ?? ''}</Table.Td>
              <Table.Td>
                <RoleBadges {...customer} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
