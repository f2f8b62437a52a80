import { Group, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DetailShell } from '../components/list/DetailShell';
import { customerQueryOptions } from '../features/customers/api';
import { CustomerActions } from '../features/customers/CustomerActions';
import { CustomerDocuments } from '../features/customers/CustomerDocuments';
import { CustomerForm } from '../features/customers/CustomerForm';
import { RoleBadges } from '../features/customers/RoleBadges';
import { useMe } from '../features/me/me-context';
import { notifySuccess } from '../lib/notify';
import { usePageTitle } from '../lib/use-page-title';

const route = getRouteApi('/app/customers/$customerId');

export function CustomerDetailPage() {
  const { t } = useTranslation();
  const { customerId } = route.useParams();
  const { organization } = useMe();
  const query = useQuery(customerQueryOptions(organization.id, customerId));
  usePageTitle(query.data?.name ?? t('customers.title'));

  return (
    <DetailShell
      query={query}
      back={{ to: '/customers', label: t('customers.title') }}
      header={(customer) => ({
        title: customer.name,
        titleTestId: 'customer-title',
        description: (
          <Group gap="sm" component="span">
            <Text component="span" ff="monospace" data-testid="customer-reference">
              {customer.reference}
            </Text>
            <RoleBadges {...customer} />
          </Group>
        ),
        actions: <CustomerActions customer={customer} />,
      })}
    >
      {(customer) => (
        <Tabs defaultValue="documents" keepMounted={false}>
          <Tabs.List mb="lg">
            <Tabs.Tab value="documents" data-testid="customer-tab-documents">
              {t('customerDetail.documentsTab')}
            </Tabs.Tab>
            <Tabs.Tab value="details" data-testid="customer-tab-details">
              {t('customerDetail.detailsTab')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="documents">
            <CustomerDocuments key={customer.id} customerId={customer.id} />
          </Tabs.Panel>
          <Tabs.Panel value="details">
            {/* Another customer (the URL changed) means a new form, never the previous one's edits. */}
            <CustomerForm
              key={customer.id}
              customer={customer}
              onSaved={(saved) => notifySuccess(t('customers.saved', { name: saved.name }))}
            />
          </Tabs.Panel>
        </Tabs>
      )}
    </DetailShell>
  );
}
