import { Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterChips } from '../../components/list/FilterChips';
import { ListToolbar } from '../../components/list/ListToolbar';
import type { ListPage } from '../../components/list/use-list-page';
import type { DocumentFilter, DocumentSearch } from './document-search';
import { useFilterLabels } from './use-filter-labels';

export type FilterChoice = DocumentFilter | 'all';

interface DocumentFiltersProps extends ListPage<DocumentSearch> {
  /** The status chips offered, in order; the first one is what an empty URL means. */
  filters: readonly FilterChoice[];
  testIdPrefix: string;
}

export function DocumentFilters({ search, onChange, filters, testIdPrefix }: DocumentFiltersProps) {
  const { t } = useTranslation();
  const labels = useFilterLabels();
  const fallback = filters[0] ?? 'all';

  const dateLabel = (text: string) => (
    <Text size="xs" c="dimmed" component="span">
      {text}
    </Text>
  );

  return (
    <ListToolbar
      chips={
        <FilterChips
          choices={filters}
          labels={labels}
          value={search.status ?? fallback}
          onChange={(chosen) =>
            onChange({ status: chosen === fallback || chosen === 'all' ? undefined : chosen })
          }
          label={t('documents.filters.label')}
          testIdPrefix={testIdPrefix}
        />
      }
      search={{
        value: search.q,
        onSearch: (q) => onChange({ q }),
        placeholder: t('documents.searchPlaceholder'),
        testId: `${testIdPrefix}-search`,
      }}
    >
      <TextInput
        type="date"
        aria-label={t('documents.filters.from')}
        leftSection={dateLabel(t('documents.filters.fromShort'))}
        leftSectionWidth={52}
        value={search.from ?? ''}
        max={search.to}
        onChange={(event) => onChange({ from: event.currentTarget.value || undefined })}
        w={{ base: '100%', xs: 190 }}
        data-testid={`${testIdPrefix}-from`}
      />
      <TextInput
        type="date"
        aria-label={t('documents.filters.to')}
        leftSection={dateLabel(t('documents.filters.toShort'))}
        leftSectionWidth={52}
        value={search.to ?? ''}
        min={search.from}
        onChange={(event) => onChange({ to: event.currentTarget.value || undefined })}
        w={{ base: '100%', xs: 190 }}
        data-testid={`${testIdPrefix}-to`}
      />
    </ListToolbar>
  );
}
