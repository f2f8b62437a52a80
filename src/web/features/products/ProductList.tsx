import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPackage, IconPercentage } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListEmpty } from '../../components/list/ListEmpty';
import { ListPanel } from '../../components/list/ListPanel';
import { NewButton } from '../../components/list/NewButton';
import type { ListPage } from '../../components/list/use-list-page';
import { useMe } from '../me/me-context';
import { productGroupsQueryOptions } from '../product-groups/api';
import { productListQueryOptions } from './api';
import { PriceUpdateModal } from './PriceUpdateModal';
import type { PriceUpdateTarget } from './price-update-target';
import { ProductFilters } from './ProductFilters';
import { toProductListQuery, type ProductSearch } from './product-search';
import { ProductTable } from './ProductTable';

export function ProductList({ search, onChange }: ListPage<ProductSearch>) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const list = useQuery(productListQueryOptions(organization.id, toProductListQuery(search)));
  const groups = useQuery(productGroupsQueryOptions(organization.id));
  // Kept across pages, so a selection can span several of them.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [target, setTarget] = useState<PriceUpdateTarget | null>(null);

  const onSelect = (ids: string[], select: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (select) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  // Ticked products first; without any, the group being filtered on.
  const group = groups.data?.find((candidate) => candidate.id === search.groupId);
  const nextTarget: PriceUpdateTarget | null =
    selected.size > 0
      ? { kind: 'selection', productIds: [...selected] }
      : group
        ? { kind: 'group', groupId: group.id, groupName: group.name }
        : null;

  return (
    <Stack gap="md">
      <ProductFilters search={search} groups={groups.data ?? []} onChange={onChange} />
      <Group gap="sm" justify="space-between" mih={36}>
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="products-selection">
          {selected.size > 0
            ? t('products.selected', { count: selected.size })
            : group
              ? t('products.groupHint', { group: group.name })
              : t('products.selectHint')}
        </Text>
        <Group gap="sm">
          {selected.size > 0 && (
            <Button variant="subtle" color="gray" onClick={() => setSelected(new Set())}>
              {t('products.clearSelection')}
            </Button>
          )}
          <Button
            variant="light"
            leftSection={<IconPercentage size={18} stroke={1.6} />}
            disabled={!nextTarget}
            onClick={() => setTarget(nextTarget)}
            data-testid="products-change-prices"
          >
            {nextTarget?.kind === 'group'
              ? t('products.changeGroupPrices')
              : t('products.changePrices')}
          </Button>
        </Group>
      </Group>
      <ListPanel
        list={list}
        onPage={(page) => onChange({ page })}
        empty={
          <ListEmpty
            icon={IconPackage}
            filtered={Boolean(search.q || search.groupId || search.active)}
            title={t('products.empty.title')}
            text={t('products.empty.text')}
            action={<NewButton to="/products/new" label={t('products.new')} />}
            noMatchTitle={t('products.empty.noMatchTitle')}
            noMatchText={t('products.empty.noMatchText')}
            onClear={() => onChange({ q: undefined, groupId: undefined, active: undefined })}
            testId="products-empty"
          />
        }
      >
        {(products, stale) => (
          <ProductTable
            products={products}
            search={search}
            onChange={onChange}
            selected={selected}
            onSelect={onSelect}
            stale={stale}
          />
        )}
      </ListPanel>
      {target && (
        <PriceUpdateModal
          target={target}
          onClose={() => setTarget(null)}
          onApplied={() => {
            setTarget(null);
            setSelected(new Set());
          }}
        />
      )}
    </Stack>
  );
}
