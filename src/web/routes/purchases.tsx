import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useListPage } from '../components/list/use-list-page';
import { PageHeader } from '../components/ui/PageHeader';
import { useMe } from '../features/me/me-context';
import { AccountantExportButton } from '../features/purchases/AccountantExportButton';
import { PurchaseList } from '../features/purchases/PurchaseList';
import { usePageTitle } from '../lib/use-page-title';

const route = getRouteApi('/app/purchases');

/** Supplier invoices accepted from the inbox: what is still to pay, what is paid. */
export function PurchasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('purchases.title'));
  const { permissions } = useMe();
  const { search, onChange } = useListPage(route);

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('purchases.title')}
        description={t('purchases.subtitle')}
        titleTestId="purchases-title"
        // The export holds sales too: it belongs to the reports module.
        actions={permissions.includes('reports') ? <AccountantExportButton /> : undefined}
      />
      <PurchaseList search={search} onChange={onChange} />
    </Stack>
  );
}
