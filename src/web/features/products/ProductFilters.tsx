import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProductGroup } from '../../../contract/index.js';
import { SearchInput } from '../../components/ui/SearchInput';
import type { ProductSearch } from './product-search';

type ActiveFilter = 'true' | 'false' | 'all';

interface ProductFiltersProps {
  search: ProductSearch;
  groups: ProductGroup[];
  onChange: (patch: Partial<ProductSearch>) => void;
}

export function ProductFilters({ search, groups, onChange }: ProductFiltersProps) {
  const { t } = useTranslation();
  const activeOptions: { value: ActiveFilter; label: string }[] = [
    { value: 'true', label: t('products.filters.active') },
    { value: 'false', label: t('products.filters.inactive') },
    { value: 'all', label: t('products.filters.all') },
  ];
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchInput
        value={search.q ?? ''}
        onSearch={(q) => onChange({ q: q || undefined })}
        placeholder={t('products.searchPlaceholder')}
        aria-label={t('products.searchPlaceholder')}
        style={{ flex: '1 1 260px' }}
        data-testid="products-search"
      />
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
      <Select<ActiveFilter>
        aria-label={t('products.filters.status')}
        data={activeOptions}
        value={search.active ?? 'true'}
        onChange={(value) =>
          onChange({ active: value === 'true' ? undefined : (value ?? undefined) })
        }
        allowDeselect={false}
        w={{ base: '100%', xs: 150 }}
        data-testid="products-filter-active"
      />
    </Group>
  );
}
