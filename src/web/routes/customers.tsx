import { Group, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NewButton } from '../components/list/NewButton';
import { useListPage } from '../components/list/use-list-page';
import { PageHeader } from '../components/ui/PageHeader';
import { CustomerExportButton } from '../features/customers/CustomerExportButton';
import { CustomerList } from '../features/customers/CustomerList';
import { toCustomerListQuery } from '../features/customers/customer-search';
import { usePageTitle } from '../lib/use-page-title';

const route = getRouteApi('/app/customers');

export function CustomersPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.customers'));
  const { search, onChange } = useListPage(route);

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('customers.title')}
        description={t('customers.subtitle')}
        titleTestId="customers-title"
        actions={
          <Group gap="sm">
            <CustomerExportButton query={toCustomerListQuery(search)} />
            <NewButton to="/customers/new" label={t('customers.new')} testId="customers-new" />
          </Group>
        }
      />
      <CustomerList search={search} onChange={onChange} />
    </Stack>
  );
}
