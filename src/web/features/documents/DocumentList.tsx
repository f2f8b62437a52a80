import { Box, Button, EmptyState, Paper, Stack } from '@mantine/core';
import { IconFileText, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { DocumentType } from '../../../contract/index.js';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { ListFooter } from '../../components/ui/ListFooter';
import { LoadError } from '../../components/ui/LoadError';
import { PageOutOfRange } from '../../components/ui/PageOutOfRange';
import { formatSort, toggleSort } from '../../lib/sort';
import { useMe } from '../me/me-context';
import { documentListQueryOptions } from './api';
import { DocumentFilters, type FilterChoice } from './DocumentFilters';
import {
  documentSort,
  toDocumentListQuery,
  type DocumentSearch,
  type DocumentSortField,
} from './document-search';
import { DOCUMENT_ROUTES } from './document-types';
import { DocumentCards } from './DocumentCards';
import { DocumentTable } from './DocumentTable';
import { useDocumentLabels } from './use-document-labels';

interface DocumentListProps {
  type: DocumentType;
  search: DocumentSearch;
  onChange: (patch: Partial<DocumentSearch>) => void;
  filters: readonly FilterChoice[];
  testIdPrefix: string;
  /** The "new" button in the empty state; off where creating makes no sense (payments). */
  canCreate?: boolean;
  /** What an empty list means when nothing is filtered, if not "no documents yet". */
  emptyTitle?: string;
  emptyText?: string;
  /** Only this customer's documents (the customer page); new ones start with this customer. */
  customerId?: string;
}

export function DocumentList({
  type,
  search,
  onChange,
  filters,
  testIdPrefix,
  canCreate = true,
  emptyTitle,
  emptyText,
  customerId,
}: DocumentListProps) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const labels = useDocumentLabels()[type];
  // The first filter is what an empty URL means (all, or "unpaid" on the payments page).
  const fallback = filters[0];
  const effective: DocumentSearch =
    search.status || !fallback || fallback === 'all' ? search : { ...search, status: fallback };
  const list = useQuery(
    documentListQueryOptions(organization.id, type, {
      ...toDocumentListQuery(type, effective),
      customerId,
    }),
  );
  const sort = documentSort(search);
  const filtered = Boolean(search.q || search.status || search.from || search.to);

  const onSort = (field: DocumentSortField) =>
    onChange({ sort: formatSort(toggleSort(sort, field)) });

  let body;
  if (list.isPending) {
    body = <CenteredLoader />;
  } else if (list.isError) {
    body = <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  } else if (list.data.items.length === 0 && list.data.total > 0) {
    body = <PageOutOfRange onFirstPage={() => onChange({ page: undefined })} />;
  } else if (list.data.items.length === 0) {
    body = filtered ? (
      <EmptyState
        icon={<IconFileText size={28} stroke={1.5} />}
        withIndicatorBackground
        title={t('documents.empty.noMatchTitle')}
        description={t('documents.empty.noMatchText')}
        py="xl"
        data-testid={`${testIdPrefix}-empty`}
      >
        <EmptyState.Actions>
          <Button
            variant="default"
            onClick={() =>
              onChange({ q: undefined, status: undefined, from: undefined, to: undefined })
            }
          >
            {t('list.clearFilters')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <EmptyState
        icon={<IconFileText size={28} stroke={1.5} />}
        variant="light"
        title={emptyTitle ?? t('documents.empty.title', { documents: labels.plural.toLowerCase() })}
        description={emptyText ?? t('documents.empty.text')}
        py="xl"
        data-testid={`${testIdPrefix}-empty`}
      >
        {canCreate && (
          <EmptyState.Actions>
            <Button
              leftSection={<IconPlus size={18} />}
              renderRoot={(props) => (
                <Link to={DOCUMENT_ROUTES[type].new} search={{ customerId }} {...props} />
              )}
            >
              {labels.new}
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  } else {
    body = (
      <Stack gap="md">
        {/* A phone gets compact blocks (amount and status in view), wider screens the table. */}
        <Box hiddenFrom="sm">
          <DocumentCards
            documents={list.data.items}
            stale={list.isPlaceholderData}
            testIdPrefix={testIdPrefix}
          />
        </Box>
        <Box visibleFrom="sm">
          <DocumentTable
            type={type}
            documents={list.data.items}
            sort={sort}
            onSort={onSort}
            stale={list.isPlaceholderData}
            testIdPrefix={testIdPrefix}
          />
        </Box>
        <ListFooter
          page={list.data.page}
          pageSize={list.data.pageSize}
          total={list.data.total}
          onPage={(page) => onChange({ page: page === 1 ? undefined : page })}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <DocumentFilters
        search={search}
        onChange={onChange}
        filters={filters}
        testIdPrefix={testIdPrefix}
      />
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        {body}
      </Paper>
    </Stack>
  );
}
