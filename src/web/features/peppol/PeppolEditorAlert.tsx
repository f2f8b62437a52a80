import { Alert } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../me/me-context';
import { peppolStatusQueryOptions, type PeppolDocumentType } from './api';
import { PeppolIssuesList } from './PeppolIssuesList';

/**
 * What the saved draft still lacks for PEPPOL, above the editor. It follows the saved version:
 * every save asks again (the query lives under the documents key).
 */
export function PeppolEditorAlert({ type, id }: { type: PeppolDocumentType; id: string }) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const status = useQuery(peppolStatusQueryOptions(organization.id, type, id));
  const issues = status.data?.issues ?? [];
  if (issues.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconListCheck />}
      title={t('peppol.issues.editorTitle')}
      p="sm"
      data-testid="editor-peppol-issues"
    >
      <PeppolIssuesList issues={issues} testId="editor-peppol-issues-list" />
    </Alert>
  );
}
