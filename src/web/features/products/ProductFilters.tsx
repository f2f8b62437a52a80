import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProductGroup } from '../../../contract/index.js';
import { ChoiceFilter } from '../../components/list/ChoiceFilter';
import { ListToolbar } from '../../components/list/ListToolbar';
import type { ListPage } from '../../components/list/use-list-page';
import type { ProductSearch } from './product-search';

type ActiveFilter = 'true' | 'false' | 'all';

interface ProductFiltersProps extends ListPage<ProductSearch> {
  groups: ProductGroup[];
}

export function ProductFilters({ search, groups, onChange }: ProductFiltersProps) {
  const { t } = useTranslation();
  const activeOptions: { value: ActiveFilter; label: string }[] = [
    { value: 'true', label: t('products.filters.active') },
    { value: 'false', label: t('products.filters.inactive') },
    { value: 'all', label: t('products.filters.all') },
  ];
  return (
    <ListToolbar
      search={{
        value: search.q,
        onSearch: (q) => onChange({ q }),
        placeholder: t('products.searchPlaceholder'),
        testId: 'products-search',
      }}
    >
      <Select
        aria-label={t('products.filters.group')}
        placeholder={t('products.filters.allGroups')}
        data={groups.map((group) => ({ value: group.id, label: group.name }))}
        value={search.groupId ?? null}
        onChange={(groupId) => onChange({ groupId: groupId ?? undefined })}
        clearable
        searchable
        nothingFoundMessage={t('products.filters.noGroup')}
        w={{ base: '100%', xs: 200 }}
        data-testid="products-filter-group"
      />
      <ChoiceFilter<ActiveFilter>
        label={t('products.filters.status')}
        options={activeOptions}
        value={search.active}
        fallback="true"
        onChange={(active) => onChange({ active: active === 'true' ? undefined : active })}
        testId="products-filter-active"
      />
    </ListToolbar>
  );
}
