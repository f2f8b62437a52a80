import { Badge, Checkbox, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../contract/index.js';
import { DataTable, sortControl } from '../../components/list/DataTable';
import { RowLink } from '../../components/list/RowLink';
import type { ListPage } from '../../components/list/use-list-page';
import { formatAmount, formatPercent } from '../../lib/format';
import { localizedName } from './product-name';
import { productSort, type ProductSearch, type ProductSortField } from './product-search';
import { useUnitLabels } from './use-product-options';

interface ProductTableProps extends ListPage<ProductSearch> {
  products: Product[];
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], selected: boolean) => void;
  stale: boolean;
}

export function ProductTable({
  products,
  search,
  onChange,
  selected,
  onSelect,
  stale,
}: ProductTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const units = useUnitLabels();
  const pageIds = products.map((product) => product.id);
  const selectedOnPage = pageIds.filter((id) => selected.has(id)).length;

  return (
    <DataTable<Product, ProductSortField>
      rows={products}
      rowKey={(product) => product.id}
      testIdPrefix="products"
      minWidth={980}
      stale={stale}
      sort={sortControl(productSort(search), onChange)}
      // The row opens the product, except from its checkbox and link.
      onRowClick={(product) =>
        void navigate({ to: '/products/$productId', params: { productId: product.id } })
      }
      rowProps={(product) => ({
        bg: selected.has(product.id) ? 'var(--mantine-color-brand-light)' : undefined,
      })}
      columns={[
        {
          key: 'select',
          width: 40,
          header: (
            <Checkbox
              aria-label={t('products.selectPage')}
              checked={selectedOnPage > 0 && selectedOnPage === pageIds.length}
              indeterminate={selectedOnPage > 0 && selectedOnPage < pageIds.length}
              onChange={(event) => onSelect(pageIds, event.currentTarget.checked)}
              data-testid="products-select-all"
            />
          ),
          cell: (product, index) => (
            <Checkbox
              aria-label={t('products.selectOne', {
                name: localizedName(product.name, i18n.language),
              })}
              checked={selected.has(product.id)}
              onChange={(event) => onSelect([product.id], event.currentTarget.checked)}
              data-testid={`products-select-${index}`}
            />
          ),
        },
        {
          key: 'code',
          header: t('products.columns.code'),
          sort: 'code',
          cell: (product) => (
            <Text size="sm" ff="monospace">
              {product.code}
            </Text>
          ),
        },
        {
          key: 'name',
          header: t('products.columns.name'),
          sort: 'name',
          maxWidth: 320,
          cell: (product) => (
            <RowLink to="/products/$productId" params={{ productId: product.id }} lineClamp={2}>
              {localizedName(product.name, i18n.language)}
            </RowLink>
          ),
        },
        {
          key: 'group',
          header: t('products.columns.group'),
          cell: (product) => product.groupName ?? '',
        },
        {
          key: 'unit',
          header: t('products.columns.unit'),
          nowrap: true,
          cell: (product) => units[product.unitCode],
        },
        {
          key: 'priceExcl',
          header: t('products.columns.priceExcl'),
          sort: 'price',
          numeric: true,
          cell: (product) => formatAmount(product.priceExcl, i18n.language),
        },
        {
          key: 'priceIncl',
          header: t('products.columns.priceIncl'),
          numeric: true,
          cell: (product) => formatAmount(product.priceIncl, i18n.language),
        },
        {
          key: 'vatRate',
          header: t('products.columns.vatRate'),
          numeric: true,
          cell: (product) => formatPercent(product.vatRate, i18n.language),
        },
        {
          key: 'status',
          header: t('products.columns.status'),
          cell: (product) =>
            product.active ? (
              <Badge size="sm" variant="light" color="teal">
                {t('products.active')}
              </Badge>
            ) : (
              <Badge size="sm" variant="outline" color="gray">
                {t('products.inactive')}
              </Badge>
            ),
        },
      ]}
    />
  );
}
