import { Button, Group, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/ui/PageHeader';
import { CustomerExportButton } from '../features/customers/CustomerExportButton';
import { CustomerList } from '../features/customers/CustomerList';
import { toCustomerListQuery, type CustomerSearch } from '../features/customers/customer-search';
import { usePageTitle } from '../lib/use-page-title';

const route = getRouteApi('/app/customers');

export function CustomersPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.customers'));
  const search = route.useSearch();
  const navigate = route.useNavigate();

  // Any change but a page change starts again from page 1. Typing replaces the history entry
  // instead of adding one per pause; filters, sorting and pages can be undone with Back.
  const onChange = (patch: Partial<CustomerSearch>) =>
    void navigate({
      search: (previous) => ({ ...previous, page: undefined, ...patch }),
      replace: 'q' in patch,
    });

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('customers.title')}
        description={t('customers.subtitle')}
        titleTestId="customers-title"
        actions={
          <Group gap="sm">
            <CustomerExportButton query={toCustomerListQuery(search)} />
            <Button
              leftSection={<IconPlus size={18} />}
              renderRoot={(props) => <Link to="/customers/new" {...props} />}
              data-testid="customers-new"
            >
              {t('customers.new')}
            </Button>
          </Group>
        }
      />
      <CustomerList search={search} onChange={onChange} />
    </Stack>
  );
}
