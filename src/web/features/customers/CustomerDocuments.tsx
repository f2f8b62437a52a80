import { Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES, type DocumentType } from '../../../contract/index.js';
import { DocumentList } from '../documents/DocumentList';
import { DOCUMENT_LIST_FILTERS } from '../documents/DocumentsPage';
import type { DocumentSearch } from '../documents/document-search';
import { DOCUMENT_MODULES, DOCUMENT_ROUTES } from '../documents/document-types';
import { useDocumentLabels } from '../documents/use-document-labels';
import { useMe } from '../me/me-context';
import { BalanceSummary } from '../payments/BalanceSummary';

/**
 * A customer's quotes, invoices and credit notes, with what they still owe. The list keeps its
 * state locally: the customer page's URL stays the customer's.
 */
export function CustomerDocuments({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useDocumentLabels();
  const types = DOCUMENT_TYPES.filter((type) => me.permissions.includes(DOCUMENT_MODULES[type]));
  const [type, setType] = useState<DocumentType>(
    types.includes('invoice') ? 'invoice' : (types[0] ?? 'quote'),
  );
  const [search, setSearch] = useState<DocumentSearch>({});
  if (types.length === 0) return null;

  const onChange = (patch: Partial<DocumentSearch>) =>
    setSearch((previous) => ({ ...previous, page: undefined, ...patch }));

  return (
    <Stack gap="lg" data-testid="customer-documents">
      {me.permissions.includes('payments') && me.permissions.includes('invoices') && (
        <BalanceSummary customerId={customerId} />
      )}
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          aria-label={t('customerDetail.documentType')}
          value={type}
          onChange={(value) => {
            setType(value as DocumentType);
            setSearch({});
          }}
          data={types.map((value) => ({ value, label: labels[value].plural }))}
          data-testid="customer-documents-type"
        />
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          renderRoot={(props) => (
            <Link to={DOCUMENT_ROUTES[type].new} search={{ customerId }} {...props} />
          )}
          data-testid="customer-documents-new"
        >
          {labels[type].new}
        </Button>
      </Group>
      <DocumentList
        key={type}
        type={type}
        search={search}
        onChange={onChange}
        filters={DOCUMENT_LIST_FILTERS[type]}
        testIdPrefix="customer-documents"
        customerId={customerId}
      />
    </Stack>
  );
}
