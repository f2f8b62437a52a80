import { IconShoppingCart } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PURCHASE_STATUSES } from '../../../contract/index.js';
import { StatusFilteredList } from '../../components/list/StatusFilteredList';
import type { ListPage } from '../../components/list/use-list-page';
import { useMe } from '../me/me-context';
import { purchaseListQueryOptions } from './api';
import { toPurchaseListQuery, type PurchaseSearch } from './purchase-search';
import { usePurchaseStatusLabels } from './PurchaseStatusBadge';
import { PurchaseTable } from './PurchaseTable';

export function PurchaseList({ search, onChange }: ListPage<PurchaseSearch>) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const statusLabels = usePurchaseStatusLabels();
  const list = useQuery(purchaseListQueryOptions(organization.id, toPurchaseListQuery(search)));
  return (
    <StatusFilteredList
      list={list}
      statuses={PURCHASE_STATUSES}
      labels={{ all: t('purchases.statuses.all'), ...statusLabels }}
      search={search}
      onChange={onChange}
      filterLabel={t('purchases.filterLabel')}
      empty={{
        icon: IconShoppingCart,
        title: t('purchases.empty.title'),
        text: t('purchases.empty.text'),
        noMatchTitle: t('purchases.empty.noMatchTitle'),
      }}
      testIdPrefix="purchases"
      table={(items, stale) => <PurchaseTable purchases={items} stale={stale} />}
    />
  );
}
