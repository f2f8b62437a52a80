import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from '../../components/list/ChoiceFilter';
import { ListToolbar } from '../../components/list/ListToolbar';
import type { ListPage } from '../../components/list/use-list-page';
import { CountrySelect } from '../../components/ui/CountrySelect';
import type { CustomerSearch } from './customer-search';
import { useRoleOptions, type CustomerRole } from './use-customer-options';

type ArchivedFilter = 'false' | 'true' | 'all';

export function CustomerFilters({ search, onChange }: ListPage<CustomerSearch>) {
  const { t } = useTranslation();
  const roles = useRoleOptions();
  const archivedOptions: { value: ArchivedFilter; label: string }[] = [
    { value: 'false', label: t('customers.filters.active') },
    { value: 'true', label: t('customers.filters.archived') },
    { value: 'all', label: t('customers.filters.all') },
  ];
  return (
    <ListToolbar
      search={{
        value: search.q,
        onSearch: (q) => onChange({ q }),
        placeholder: t('customers.searchPlaceholder'),
        testId: 'customers-search',
      }}
    >
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
      <ChoiceFilter<ArchivedFilter>
        label={t('customers.filters.status')}
        options={archivedOptions}
        value={search.archived}
        fallback="false"
        onChange={(archived) => onChange({ archived: archived === 'false' ? undefined : archived })}
        testId="customers-filter-archived"
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
    </ListToolbar>
  );
}
