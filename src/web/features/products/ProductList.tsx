import { Button, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPackage, IconPercentage, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { ListFooter } from '../../components/ui/ListFooter';
import { LoadError } from '../../components/ui/LoadError';
import { PageOutOfRange } from '../../components/ui/PageOutOfRange';
import { formatSort, toggleSort } from '../../lib/sort';
import { useMe } from '../me/me-context';
import { productGroupsQueryOptions } from '../product-groups/api';
import { productListQueryOptions } from './api';
import { PriceUpdateModal } from './PriceUpdateModal';
import type { PriceUpdateTarget } from './price-update-target';
import { ProductFilters } from './ProductFilters';
import {
  productSort,
  toProductListQuery,
  type ProductSearch,
  type ProductSortField,
} from './product-search';
import { ProductTable } from './ProductTable';

interface ProductListProps {
  search: ProductSearch;
  onChange: (patch: Partial<ProductSearch>) => void;
}

export function ProductList({ search, onChange }: ProductListProps) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const list = useQuery(productListQueryOptions(organization.id, toProductListQuery(search)));
  const groups = useQuery(productGroupsQueryOptions(organization.id));
  const sort = productSort(search);
  const filtered = Boolean(search.q || search.groupId || search.active);
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

  let body;
  if (list.isPending) {
    body = <CenteredLoader />;
  } else if (list.isError) {
    body = <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  } else if (list.data.items.length === 0 && list.data.total > 0) {
    body = <PageOutOfRange onFirstPage={() => onChange({ page: undefined })} />;
  } else if (list.data.items.length === 0) {
    body = filtered ? (
      <EmptyState
        icon={<IconPackage size={28} stroke={1.5} />}
        withIndicatorBackground
        title={t('products.empty.noMatchTitle')}
        description={t('products.empty.noMatchText')}
        py="xl"
        data-testid="products-empty"
      >
        <EmptyState.Actions>
          <Button
            variant="default"
            onClick={() => onChange({ q: undefined, groupId: undefined, active: undefined })}
          >
            {t('list.clearFilters')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <EmptyState
        icon={<IconPackage size={28} stroke={1.5} />}
        variant="light"
        title={t('products.empty.title')}
        description={t('products.empty.text')}
        py="xl"
        data-testid="products-empty"
      >
        <EmptyState.Actions>
          <Button
            leftSection={<IconPlus size={18} />}
            renderRoot={(props) => <Link to="/products/new" {...props} />}
          >
            {t('products.new')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  } else {
    body = (
      <Stack gap="md">
        <ProductTable
          products={list.data.items}
          sort={sort}
          onSort={(field: ProductSortField) =>
            onChange({ sort: formatSort(toggleSort(sort, field)) })
          }
          selected={selected}
          onSelect={onSelect}
          stale={list.isPlaceholderData}
        />
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
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        {body}
      </Paper>
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
