import { Stack } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ListEmpty } from '../../components/list/ListEmpty';
import { ListPanel } from '../../components/list/ListPanel';
import { NewButton } from '../../components/list/NewButton';
import type { ListPage } from '../../components/list/use-list-page';
import { useMe } from '../me/me-context';
import { customerListQueryOptions } from './api';
import { CustomerFilters } from './CustomerFilters';
import { toCustomerListQuery, type CustomerSearch } from './customer-search';
import { CustomerTable } from './CustomerTable';

export function CustomerList({ search, onChange }: ListPage<CustomerSearch>) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const list = useQuery(customerListQueryOptions(organization.id, toCustomerListQuery(search)));

  return (
    <Stack gap="md">
      <CustomerFilters search={search} onChange={onChange} />
      <ListPanel
        list={list}
        onPage={(page) => onChange({ page })}
        empty={
          <ListEmpty
            icon={IconUsers}
            filtered={Boolean(search.q || search.role || search.archived || search.country)}
            title={t('customers.empty.title')}
            text={t('customers.empty.text')}
            action={<NewButton to="/customers/new" label={t('customers.new')} />}
            noMatchTitle={t('customers.empty.noMatchTitle')}
            noMatchText={t('customers.empty.noMatchText')}
            onClear={() =>
              onChange({ q: undefined, role: undefined, archived: undefined, country: undefined })
            }
            testId="customers-empty"
          />
        }
      >
        {(customers, stale) => (
          <CustomerTable customers={customers} search={search} onChange={onChange} stale={stale} />
        )}
      </ListPanel>
    </Stack>
  );
}
