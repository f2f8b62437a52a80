import { Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useListPage } from '../components/list/use-list-page';
import { PageHeader } from '../components/ui/PageHeader';
import { DocumentList } from '../features/documents/DocumentList';
import { BalanceSummary } from '../features/payments/BalanceSummary';
import { PaymentAccountsList } from '../features/payments/PaymentAccountsList';
import { usePageTitle } from '../lib/use-page-title';

const route = getRouteApi('/app/payments');

/** What is still to be collected, and where payments are received. */
export function PaymentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.payments'));
  const { search, onChange } = useListPage(route);

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('payments.pageTitle')}
        description={t('payments.subtitle')}
        titleTestId="payments-title"
      />
      <BalanceSummary onFilter={(status) => onChange({ status })} />
      <Stack gap="md" component="section">
        <Title order={2} fz="lg">
          {t('payments.toCollect')}
        </Title>
        <DocumentList
          type="invoice"
          search={search}
          onChange={onChange}
          filters={['unpaid', 'overdue']}
          testIdPrefix="payments-invoices"
          canCreate={false}
          emptyTitle={t('payments.nothingToCollect')}
          emptyText={t('payments.nothingToCollectText')}
        />
      </Stack>
      <PaymentAccountsList />
    </Stack>
  );
}
