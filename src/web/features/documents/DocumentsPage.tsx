import { Button, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { documentKind, perDocumentKind, type DocumentType } from '../../../contract/index.js';
import { PageHeader } from '../../components/ui/PageHeader';
import { usePageTitle } from '../../lib/use-page-title';
import type { FilterChoice } from './DocumentFilters';
import { DocumentList } from './DocumentList';
import type { DocumentSearch } from './document-search';
import { DOCUMENT_API_PATHS, DOCUMENT_ROUTES } from './document-types';
import { useDocumentLabels } from './use-document-labels';

/** The status chips of each list, in order: all, the kind's own (its entry's), the bin. */
export const DOCUMENT_LIST_FILTERS: Record<DocumentType, readonly FilterChoice[]> = perDocumentKind(
  (type) => ['all', ...documentKind(type).listChips, 'deleted'],
);

interface DocumentsPageProps {
  type: DocumentType;
  search: DocumentSearch;
  onChange: (patch: Partial<DocumentSearch>) => void;
  /** Above the list, from other features (the invoices' open balance), composed by the route. */
  summary?: ReactNode;
}

/** The list page of quotes, invoices or credit notes. */
export function DocumentsPage({ type, search, onChange, summary }: DocumentsPageProps) {
  const labels = useDocumentLabels()[type];
  usePageTitle(labels.plural);
  const prefix = DOCUMENT_API_PATHS[type];

  return (
    <Stack gap="xl">
      <PageHeader
        title={labels.plural}
        description={labels.subtitle}
        titleTestId={`${prefix}-title`}
        actions={
          <Button
            leftSection={<IconPlus size={18} />}
            renderRoot={(props) => <Link to={DOCUMENT_ROUTES[type].new} {...props} />}
            data-testid={`${prefix}-new`}
          >
            {labels.new}
          </Button>
        }
      />
      {summary}
      <DocumentList
        type={type}
        search={search}
        onChange={onChange}
        filters={DOCUMENT_LIST_FILTERS[type]}
        testIdPrefix={prefix}
      />
    </Stack>
  );
}
