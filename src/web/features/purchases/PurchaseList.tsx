import { EmptyState, Paper, Stack } from '@mantine/core';
import { IconShoppingCart } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PURCHASE_STATUSES } from '../../../contract/index.js';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { ListFooter } from '../../components/ui/ListFooter';
import { LoadError } from '../../components/ui/LoadError';
import { PageOutOfRange } from '../../components/ui/PageOutOfRange';
import { StatusChips } from '../../components/ui/StatusChips';
import { useMe } from '../me/me-context';
import { purchaseListQueryOptions } from './api';
import { toPurchaseListQuery, type PurchaseSearch } from './purchase-search';
import { usePurchaseStatusLabels } from './PurchaseStatusBadge';
import { PurchaseTable } from './PurchaseTable';

interface PurchaseListProps {
  search: PurchaseSearch;
  onChange: (patch: Partial<PurchaseSearch>) => void;
}

export function PurchaseList({ search, onChange }: PurchaseListProps) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const statusLabels = usePurchaseStatusLabels();
  const list = useQuery(purchaseListQueryOptions(organization.id, toPurchaseListQuery(search)));

  let body;
  if (list.isPending) {
    body = <CenteredLoader />;
  } else if (list.isError) {
    body = <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  } else if (list.data.items.length === 0 && list.data.total > 0) {
    body = <PageOutOfRange onFirstPage={() => onChange({ page: undefined })} />;
  } else if (list.data.items.length === 0) {
    body = (
      <EmptyState
        icon={<IconShoppingCart size={28} stroke={1.5} />}
        variant="light"
        title={search.status ? t('purchases.empty.noMatchTitle') : t('purchases.empty.title')}
        description={search.status ? undefined : t('purchases.empty.text')}
        py="xl"
        data-testid="purchases-empty"
      />
    );
  } else {
    body = (
      <Stack gap="md">
        <PurchaseTable purchases={list.data.items} stale={list.isPlaceholderData} />
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
      <StatusChips
        statuses={PURCHASE_STATUSES}
        labels={{ all: t('purchases.statuses.all'), ...statusLabels }}
        value={search.status}
        onChange={(status) => onChange({ status })}
        label={t('purchases.filterLabel')}
        testIdPrefix="purchases"
      />
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        {body}
      </Paper>
    </Stack>
  );
}
