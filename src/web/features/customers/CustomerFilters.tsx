import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../components/ui/CountrySelect';
import { SearchInput } from '../../components/ui/SearchInput';
import type { CustomerSearch } from './customer-search';
import { useRoleOptions, type CustomerRole } from './use-customer-options';

type ArchivedFilter = 'false' | 'true' | 'all';

interface CustomerFiltersProps {
  search: CustomerSearch;
  onChange: (patch: Partial<CustomerSearch>) => void;
}

export function CustomerFilters({ search, onChange }: CustomerFiltersProps) {
  const { t } = useTranslation();
  const roles = useRoleOptions();
  const archivedOptions: { value: ArchivedFilter; label: string }[] = [
    { value: 'false', label: t('customers.filters.active') },
    { value: 'true', label: t('customers.filters.archived') },
    { value: 'all', label: t('customers.filters.all') },
  ];
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchInput
        value={search.q ?? ''}
        onSearch={(q) => onChange({ q: q || undefined })}
        placeholder={t('customers.searchPlaceholder')}
        aria-label={t('customers.searchPlaceholder')}
        style={{ flex: '1 1 260px' }}
        data-testid="customers-search"
      />
      <Select<CustomerRole>
        aria-label={t('customers.filters.role')}
        placeholder={t('customers.filters.allRoles')}
        data={roles}
        value={search.role ?? null}
        onChange={(role) => onChange({ role: role ?? undefined })}
        clearable
        w={{ base: '100%', xs: 170 }}
        data-testid="customers-filter-role"
      />
      <Select<ArchivedFilter>
        aria-label={t('customers.filters.status')}
        data={archivedOptions}
        value={search.archived ?? 'false'}
        onChange={(value) =>
          onChange({ archived: value === 'false' ? undefined : (value ?? undefined) })
        }
        allowDeselect={false}
        w={{ base: '100%', xs: 150 }}
        data-testid="customers-filter-archived"
      />
      <CountrySelect
        aria-label={t('fields.country')}
        placeholder={t('customers.filters.allCountries')}
        value={search.country ?? null}
        onChange={(country) => onChange({ country: country ?? undefined })}
        clearable
        allowDeselect
        autoComplete="off"
        w={{ base: '100%', xs: 190 }}
        data-testid="customers-filter-country"
      />
    </Group>
  );
}
