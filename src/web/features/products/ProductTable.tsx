import { Anchor, Badge, Checkbox, Table, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../contract/index.js';
import { SortableTh } from '../../components/ui/SortableTh';
import { formatAmount, formatPercent } from '../../lib/format';
import type { Sort } from '../../lib/sort';
import { localizedName } from './product-name';
import type { ProductSortField } from './product-search';
import { useUnitLabels } from './use-product-options';

interface ProductTableProps {
  products: Product[];
  sort: Sort<ProductSortField>;
  onSort: (field: ProductSortField) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], selected: boolean) => void;
  stale: boolean;
}

/** On a phone the table scrolls sideways inside its frame; the page itself never does. */
export function ProductTable({
  products,
  sort,
  onSort,
  selected,
  onSelect,
  stale,
}: ProductTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const units = useUnitLabels();
  const pageIds = products.map((product) => product.id);
  const selectedOnPage = pageIds.filter((id) => selected.has(id)).length;
  const sortable = (field: ProductSortField, label: string, right = false) => (
    <SortableTh
      sorted={sort.field === field ? sort.direction : null}
      onSort={() => onSort(field)}
      testId={`products-sort-${field}`}
      right={right}
    >
      {label}
    </SortableTh>
  );

  return (
    <Table.ScrollContainer minWidth={980} type="native">
      <Table
        highlightOnHover
        verticalSpacing="sm"
        style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}
        data-testid="products-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('products.selectPage')}
                checked={selectedOnPage > 0 && selectedOnPage === pageIds.length}
                indeterminate={selectedOnPage > 0 && selectedOnPage < pageIds.length}
                onChange={(event) => onSelect(pageIds, event.currentTarget.checked)}
                data-testid="products-select-all"
              />
            </Table.Th>
            {sortable('code', t('products.columns.code'))}
            {sortable('name', t('products.columns.name'))}
            <Table.Th>{t('products.columns.group')}</Table.Th>
            <Table.Th>{t('products.columns.unit')}</Table.Th>
            {sortable('price', t('products.columns.priceExcl'), true)}
            <Table.Th ta="right">{t('products.columns.priceIncl')}</Table.Th>
            <Table.Th ta="right">{t('products.columns.vatRate')}</Table.Th>
            <Table.Th>{t('products.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product, index) => {
            const name = localizedName(product.name, i18n.language);
            const isSelected = selected.has(product.id);
            return (
              <Table.Tr
                key={product.id}
                data-testid={`products-row-${index}`}
                bg={isSelected ? 'var(--mantine-color-brand-light)' : undefined}
                style={{ cursor: 'pointer' }}
                // The row opens the product, except from its checkbox and link.
                onClick={(event) => {
                  if (event.target instanceof Element && event.target.closest('a, input, label'))
                    return;
                  void navigate({
                    to: '/products/$productId',
                    params: { productId: product.id },
                  });
                }}
              >
                <Table.Td>
                  <Checkbox
                    aria-label={t('products.selectOne', { name })}
                    checked={isSelected}
                    onChange={(event) => onSelect([product.id], event.currentTarget.checked)}
                    data-testid={`products-select-${index}`}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {product.code}
                  </Text>
                </Table.Td>
                <Table.Td maw={320}>
                  <Anchor
                    renderRoot={(props) => (
                      <Link
                        to="/products/$productId"
                        params={{ productId: product.id }}
                        {...props}
                      />
                    )}
                    fw={600}
                    size="sm"
                    lineClamp={2}
                  >
                    {name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{product.groupName ?? ''}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{units[product.unitCode]}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatAmount(product.priceExcl, i18n.language)}
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatAmount(product.priceIncl, i18n.language)}
                </Table.Td>
                <Table.Td ta="right">{formatPercent(product.vatRate, i18n.language)}</Table.Td>
                <Table.Td>
                  {product.active ? (
                    <Badge size="sm" variant="light" color="teal">
                      {t('products.active')}
                    </Badge>
                  ) : (
                    <Badge size="sm" variant="outline" color="gray">
                      {t('products.inactive')}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
