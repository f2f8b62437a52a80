import { Button, EmptyState, Paper, Stack } from '@mantine/core';
import { IconPlus, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { ListFooter } from '../../components/ui/ListFooter';
import { LoadError } from '../../components/ui/LoadError';
import { PageOutOfRange } from '../../components/ui/PageOutOfRange';
import { formatSort, toggleSort } from '../../lib/sort';
import { useMe } from '../me/me-context';
import { customerListQueryOptions } from './api';
import { CustomerFilters } from './CustomerFilters';
import {
  customerSort,
  toCustomerListQuery,
  type CustomerSearch,
  type CustomerSortField,
} from './customer-search';
import { CustomerTable } from './CustomerTable';

interface CustomerListProps {
  search: CustomerSearch;
  onChange: (patch: Partial<CustomerSearch>) => void;
}

export function CustomerList({ search, onChange }: CustomerListProps) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const query = toCustomerListQuery(search);
  const list = useQuery(customerListQueryOptions(organization.id, query));
  const sort = customerSort(search);
  const filtered = Boolean(search.q || search.role || search.archived || search.country);

  const onSort = (field: CustomerSortField) =>
    onChange({ sort: formatSort(toggleSort(sort, field)) });

  let body;
  if (list.isPending) {
    body = <CenteredLoader />;
  } else if (list.isError) {
    body = <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  } else if (list.data.items.length === 0 && list.data.total > 0) {
    body = <PageOutOfRange onFirstPage={() => onChange({ page: undefined })} />;
  } else if (list.data.items.length === 0) {
    body = filtered ? (
      <EmptyState
        icon={<IconUsers size={28} stroke={1.5} />}
        withIndicatorBackground
        title={t('customers.empty.noMatchTitle')}
        description={t('customers.empty.noMatchText')}
        py="xl"
        data-testid="customers-empty"
      >
        <EmptyState.Actions>
          <Button
            variant="default"
            onClick={() =>
              onChange({ q: undefined, role: undefined, archived: undefined, country: undefined })
            }
          >
            {t('list.clearFilters')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <EmptyState
        icon={<IconUsers size={28} stroke={1.5} />}
        variant="light"
        title={t('customers.empty.title')}
        description={t('customers.empty.text')}
        py="xl"
        data-testid="customers-empty"
      >
        <EmptyState.Actions>
          <Button
            leftSection={<IconPlus size={18} />}
            renderRoot={(props) => <Link to="/customers/new" {...props} />}
          >
            {t('customers.new')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  } else {
    body = (
      <Stack gap="md">
        <CustomerTable
          customers={list.data.items}
          sort={sort}
          onSort={onSort}
          stale={list.isPlaceholderData}
        />
        <ListFooter
          page={list.data.page}
          pageSize={list.data.pageSize}
          total={list.data.total}
          onPage={(page) => onChange({ page: page === 1 ? undefined : page })}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <CustomerFilters search={search} onChange={onChange} />
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        {body}
      </Paper>
    </Stack>
  );
}
