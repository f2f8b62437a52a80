import { IconShoppingCart } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PURCHASE_STATUSES } from '../../../contract/index.js';
import { StatusFilteredList } from '../../components/ui/StatusFilteredList';
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
  return (
    <StatusFilteredList
      list={list}
      statuses={PURCHASE_STATUSES}
      labels={{ all: t('purchases.statuses.all'), ...statusLabels }}
      status={search.status}
      onStatus={(status) => onChange({ status })}
      onPage={(page) => onChange({ page })}
      filterLabel={t('purchases.filterLabel')}
      empty={{
        icon: <IconShoppingCart size={28} stroke={1.5} />,
        title: t('purchases.empty.title'),
        text: t('purchases.empty.text'),
        noMatchTitle: t('purchases.empty.noMatchTitle'),
      }}
      testIdPrefix="purchases"
      table={(items, stale) => <PurchaseTable purchases={items} stale={stale} />}
    />
  );
}
