import { Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../components/ui/BackLink';
import { PageHeader } from '../components/ui/PageHeader';
import { CustomerForm } from '../features/customers/CustomerForm';
import { notifySuccess } from '../lib/notify';
import { usePageTitle } from '../lib/use-page-title';

export function NewCustomerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('customers.newTitle'));
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <BackLink to="/customers">{t('customers.title')}</BackLink>
        <PageHeader title={t('customers.newTitle')} titleTestId="customer-title" />
      </Stack>
      <CustomerForm
        onSaved={(customer) => {
          notifySuccess(t('customers.created', { name: customer.name }));
          void navigate({
            to: '/customers/$customerId',
            params: { customerId: customer.id },
            replace: true,
          });
        }}
      />
    </Stack>
  );
}
