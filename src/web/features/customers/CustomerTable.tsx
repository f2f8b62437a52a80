import { Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../contract/index.js';
import { DataTable, sortControl } from '../../components/list/DataTable';
import { RowLink } from '../../components/list/RowLink';
import type { ListPage } from '../../components/list/use-list-page';
import { customerSort, type CustomerSearch, type CustomerSortField } from './customer-search';
import { RoleBadges } from './RoleBadges';

interface CustomerTableProps extends ListPage<CustomerSearch> {
  customers: CustomerSummary[];
  stale: boolean;
}

export function CustomerTable({ customers, search, onChange, stale }: CustomerTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <DataTable<CustomerSummary, CustomerSortField>
      rows={customers}
      rowKey={(customer) => customer.id}
      testIdPrefix="customers"
      minWidth={960}
      stale={stale}
      sort={sortControl(customerSort(search), onChange)}
      onRowClick={(customer) =>
        void navigate({ to: '/customers/$customerId', params: { customerId: customer.id } })
      }
      columns={[
        {
          key: 'number',
          header: t('customers.columns.number'),
          sort: 'number',
          cell: (customer) => (
            <Text size="sm" ff="monospace" c="dimmed">
              {customer.reference}
            </Text>
          ),
        },
        {
          key: 'name',
          header: t('customers.columns.name'),
          sort: 'name',
          maxWidth: 280,
          cell: (customer) => (
            <RowLink
              to="/customers/$customerId"
              params={{ customerId: customer.id }}
              c={customer.archived ? 'dimmed' : undefined}
              lineClamp={2}
            >
              {customer.name}
            </RowLink>
          ),
        },
        {
          key: 'vat',
          header: t('customers.columns.vatNumber'),
          cell: (customer) => (
            <Text size="sm" ff="monospace">
              {customer.vatNumber ?? ''}
            </Text>
          ),
        },
        {
          key: 'city',
          header: t('customers.columns.city'),
          sort: 'city',
          cell: (customer) => customer.city ?? '',
        },
        {
          key: 'email',
          header: t('customers.columns.email'),
          maxWidth: 240,
          cell: (customer) => (
            <Text size="sm" truncate>
              {customer.email ?? ''}
            </Text>
          ),
        },
        {
          key: 'phone',
          header: t('customers.columns.phone'),
          nowrap: true,
          cell: (customer) => customer.phone ?? '',
        },
        {
          key: 'roles',
          header: t('customers.columns.roles'),
          cell: (customer) => <RoleBadges {...customer} />,
        },
      ]}
    />
  );
}
