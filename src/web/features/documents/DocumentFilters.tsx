import { Chip, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '../../components/ui/SearchInput';
import type { DocumentFilter, DocumentSearch } from './document-search';
import { useFilterLabels } from './use-filter-labels';

export type FilterChoice = DocumentFilter | 'all';

interface DocumentFiltersProps {
  search: DocumentSearch;
  onChange: (patch: Partial<DocumentSearch>) => void;
  /** The status chips offered, in order; the first one is what an empty URL means. */
  filters: readonly FilterChoice[];
  testIdPrefix: string;
}

export function DocumentFilters({ search, onChange, filters, testIdPrefix }: DocumentFiltersProps) {
  const { t } = useTranslation();
  const labels = useFilterLabels();
  const fallback = filters[0] ?? 'all';
  const current = search.status ?? fallback;

  const choose = (value: string) => {
    const chosen = filters.find((filter) => filter === value);
    if (!chosen) return;
    onChange({ status: chosen === fallback || chosen === 'all' ? undefined : chosen });
  };

  const dateLabel = (text: string) => (
    <Text size="xs" c="dimmed" component="span">
      {text}
    </Text>
  );

  return (
    <Stack gap="sm">
      <Chip.Group multiple={false} value={current} onChange={choose}>
        <Group gap={6} role="group" aria-label={t('documents.filters.label')}>
          {filters.map((filter) => (
            <Chip
              key={filter}
              value={filter}
              size="sm"
              variant="light"
              // On the visible chip: the radio input inside is hidden.
              wrapperProps={{ 'data-testid': `${testIdPrefix}-filter-${filter}` }}
            >
              {labels[filter]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SearchInput
          value={search.q ?? ''}
          onSearch={(q) => onChange({ q: q || undefined })}
          placeholder={t('documents.searchPlaceholder')}
          aria-label={t('documents.searchPlaceholder')}
          style={{ flex: '1 1 260px' }}
          data-testid={`${testIdPrefix}-search`}
        />
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
      </Group>
    </Stack>
  );
}
