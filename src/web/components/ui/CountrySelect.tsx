import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from './countries';

/** Searchable country picker; the value is the ISO code the API expects. */
export function CountrySelect(props: Omit<SelectProps, 'data'>) {
  const { t, i18n } = useTranslation();
  const data = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  return (
    <Select
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('fields.countrySearchEmpty')}
      autoComplete="country"
      {...props}
      data={data}
    />
  );
}
