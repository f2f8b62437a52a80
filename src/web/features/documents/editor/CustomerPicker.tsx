import { Group, Select, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../contract/index.js';
import { customerListQueryOptions } from '../../customers/api';
import { useMe } from '../../me/me-context';

interface CustomerPickerProps extends Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'
> {
  value: string | null;
  /** The name of the current customer, shown before any search (a saved document's customer). */
  initialName: string | null;
  onChange: (customerId: string | null) => void;
}

/** Searches the customers on the server as you type: the address book may be long. */
export function CustomerPicker({ value, initialName, onChange, ...props }: CustomerPickerProps) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const [search, setSearch] = useState('');
  // The name of the chosen customer, so it stays shown whatever the results are.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(
    value && initialName ? { value, label: initialName } : null,
  );
  const [debounced] = useDebouncedValue(search.trim(), 200);
  // Opening the picker on a chosen customer shows everyone, not only that one.
  const q = debounced && debounced !== chosen?.label ? debounced : undefined;
  const results = useQuery(
    customerListQueryOptions(organization.id, {
      q,
      page: 1,
      pageSize: 20,
      sort: 'name:asc',
      archived: 'false',
    }),
  );
  const found: CustomerSummary[] = results.data?.items ?? [];
  const byId = new Map(found.map((customer) => [customer.id, customer]));
  const data = found.map((customer) => ({ value: customer.id, label: customer.name }));
  if (chosen && !byId.has(chosen.value)) data.unshift(chosen);

  return (
    <Select
      searchable
      clearable={false}
      allowDeselect={false}
      nothingFoundMessage={results.isFetching ? t('app.loading') : t('documents.customerNone')}
      {...props}
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered; a second filter here would hide names matched on VAT number.
      filter={({ options }) => options}
      onChange={(id, option) => {
        setChosen(id && option ? { value: id, label: option.label } : null);
        onChange(id);
      }}
      renderOption={({ option }) => {
        const customer = byId.get(option.value);
        return (
          <Group gap="sm" wrap="nowrap" justify="space-between" w="100%">
            <Text size="sm" truncate>
              {option.label}
            </Text>
            {customer && (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {[customer.city, customer.reference].filter(Boolean).join(' · ')}
              </Text>
            )}
          </Group>
        );
      }}
    />
  );
}
