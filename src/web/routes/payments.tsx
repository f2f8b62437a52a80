import { Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/ui/PageHeader';
import { DocumentList } from '../features/documents/DocumentList';
import type { DocumentSearch } from '../features/documents/document-search';
import { BalanceSummary } from '../features/payments/BalanceSummary';
import { PaymentAccountsList } from '../features/payments/PaymentAccountsList';
import { usePageTitle } from '../lib/use-page-title';

const route = getRouteApi('/app/payments');

/** What is still to be collected, and where payments are received. */
export function PaymentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.payments'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const onChange = (patch: Partial<DocumentSearch>) =>
    void navigate({
      search: (previous) => ({ ...previous, page: undefined, ...patch }),
      replace: 'q' in patch,
    });

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
