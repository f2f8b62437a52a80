import { Box, Stack } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DocumentType } from '../../../contract/index.js';
import { ListEmpty } from '../../components/list/ListEmpty';
import { ListPanel } from '../../components/list/ListPanel';
import { NewButton } from '../../components/list/NewButton';
import type { ListPage } from '../../components/list/use-list-page';
import { useMe } from '../me/me-context';
import { documentListQueryOptions } from './api';
import { DocumentFilters, type FilterChoice } from './DocumentFilters';
import { toDocumentListQuery, type DocumentSearch } from './document-search';
import { DOCUMENT_ROUTES } from './document-types';
import { DocumentCards } from './DocumentCards';
import { DocumentTable } from './DocumentTable';
import { useDocumentLabels } from './use-document-labels';

interface DocumentListProps extends ListPage<DocumentSearch> {
  type: DocumentType;
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
  const filtered = Boolean(search.q || search.status || search.from || search.to);

  return (
    <Stack gap="md">
      <DocumentFilters
        search={search}
        onChange={onChange}
        filters={filters}
        testIdPrefix={testIdPrefix}
      />
      <ListPanel
        list={list}
        onPage={(page) => onChange({ page })}
        empty={
          <ListEmpty
            icon={IconFileText}
            filtered={filtered}
            title={
              emptyTitle ?? t('documents.empty.title', { documents: labels.plural.toLowerCase() })
            }
            text={emptyText ?? t('documents.empty.text')}
            action={
              canCreate && (
                <NewButton
                  to={DOCUMENT_ROUTES[type].new}
                  search={{ customerId }}
                  label={labels.new}
                />
              )
            }
            noMatchTitle={t('documents.empty.noMatchTitle')}
            noMatchText={t('documents.empty.noMatchText')}
            onClear={() =>
              onChange({ q: undefined, status: undefined, from: undefined, to: undefined })
            }
            testId={`${testIdPrefix}-empty`}
          />
        }
      >
        {(documents, stale) => (
          <>
            {/* A phone gets compact blocks (amount and status in view), wider screens the table. */}
            <Box hiddenFrom="sm">
              <DocumentCards documents={documents} stale={stale} testIdPrefix={testIdPrefix} />
            </Box>
            <Box visibleFrom="sm">
              <DocumentTable
                type={type}
                documents={documents}
                search={search}
                onChange={onChange}
                stale={stale}
                testIdPrefix={testIdPrefix}
              />
            </Box>
          </>
        )}
      </ListPanel>
    </Stack>
  );
}
