import { Alert, Button, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { DocumentType } from '../../../contract/index.js';
import { DetailShell } from '../../components/list/DetailShell';
import { BackLink } from '../../components/ui/BackLink';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { PageHeader } from '../../components/ui/PageHeader';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../me/me-context';
import { customerQueryOptions } from '../customers/api';
import { documentQueryOptions } from './api';
import { DOCUMENT_API_PATHS, DOCUMENT_ROUTES } from './document-types';
import { DocumentEditor } from './editor/DocumentEditor';
import { documentTitle, useDocumentLabels } from './use-document-labels';

/** A new document of the given type. */
export function NewDocumentPage({ type }: { type: DocumentType }) {
  const labels = useDocumentLabels()[type];
  usePageTitle(labels.new);
  const { organization } = useMe();
  const { customerId } = useSearch({ strict: false });
  const customer = useQuery({
    ...customerQueryOptions(organization.id, customerId ?? ''),
    enabled: Boolean(customerId),
  });
  // A customer named in the URL that cannot be read simply leaves the field empty.
  if (customerId && customer.isPending) return <CenteredLoader />;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <BackLink to={DOCUMENT_ROUTES[type].list}>{labels.plural}</BackLink>
        <PageHeader title={labels.new} titleTestId={`${DOCUMENT_API_PATHS[type]}-editor-title`} />
      </Stack>
      <DocumentEditor type={type} customer={customer.data} />
    </Stack>
  );
}

/** A draft to change; a finalized document says why it cannot be. */
export function EditDocumentPage({
  type,
  id,
  alerts,
}: {
  type: DocumentType;
  id: string;
  /** What other features warn about above the editor (PEPPOL), composed by the route. */
  alerts?: ReactNode;
}) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const labels = useDocumentLabels()[type];
  const query = useQuery(documentQueryOptions(organization.id, type, id));
  const title = query.data ? documentTitle(labels, query.data.numberFormatted) : labels.plural;
  usePageTitle(title);

  const viewLink = (
    <Button
      variant="default"
      renderRoot={(props) => (
        <Link to={DOCUMENT_ROUTES[type].view} params={{ documentId: id }} {...props} />
      )}
    >
      {t('documents.editor.backToDocument')}
    </Button>
  );

  return (
    <DetailShell
      query={query}
      back={{ to: DOCUMENT_ROUTES[type].list, label: labels.plural }}
      header={() => ({
        title,
        titleTestId: `${DOCUMENT_API_PATHS[type]}-editor-title`,
        actions: viewLink,
      })}
      gap="lg"
    >
      {(document) =>
        document.status === 'draft' && !document.deleted ? (
          <>
            {alerts}
            {/* Another document (the URL changed) means a new form, never the previous one's edits. */}
            <DocumentEditor key={document.id} type={type} document={document} />
          </>
        ) : (
          <Alert
            color="gray"
            variant="light"
            icon={<IconLock />}
            title={t('documents.editor.lockedTitle')}
            data-testid="document-locked"
          >
            {t('documents.editor.lockedText')}
          </Alert>
        )
      }
    </DetailShell>
  );
}
