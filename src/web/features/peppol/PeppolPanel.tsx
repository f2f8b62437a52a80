import { Alert, Anchor, Divider, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle, IconListCheck } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document, PeppolDocumentStatus } from '../../../contract/index.js';
import { documentsKey } from '../documents/api';
import { documentTitle, useDocumentLabels } from '../documents/use-document-labels';
import { canManageSettings, useMe } from '../me/me-context';
import { peppolStatusQueryOptions, type PeppolDocumentType } from './api';
import { DownloadUblButton } from './DownloadUblButton';
import { PeppolIssuesList } from './PeppolIssuesList';
import { RecipientStatus } from './RecipientStatus';
import { SendViaPeppolButton } from './SendViaPeppolButton';
import { TransmissionStatus } from './TransmissionStatus';
import { PanelQuery, SidePanel } from '../../components/ui/SidePanel';

interface PeppolPanelProps {
  document: Document;
  type: PeppolDocumentType;
}

/**
 * E-invoicing for one invoice or credit note: can the customer receive it, what must be fixed
 * first, where the transmission stands, and the UBL file.
 */
export function PeppolPanel({ document, type }: PeppolPanelProps) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const status = useQuery(peppolStatusQueryOptions(organization.id, type, document.id));
  useRefreshOnProgress(document.id, status.data?.transmission?.status);

  return (
    <SidePanel title={t('peppol.panel.title')} testId="peppol-panel">
      <PanelQuery query={status}>
        {(data) => <PeppolPanelBody document={document} type={type} status={data} />}
      </PanelQuery>
    </SidePanel>
  );
}

function PeppolPanelBody({
  document,
  type,
  status,
}: PeppolPanelProps & { status: PeppolDocumentStatus }) {
  const { t } = useTranslation();
  const labels = useDocumentLabels()[type];
  const finalized = document.status !== 'draft' && !document.deleted;
  const { transmission } = status;
  const canSend =
    finalized &&
    status.accessPointConfigured &&
    status.recipientId !== null &&
    status.recipientReachable === true &&
    status.ready &&
    // Once on its way, a document is sent again only after a failure.
    (!transmission || transmission.status === 'failed');

  return (
    <Stack gap="sm">
      {!status.accessPointConfigured && <NotConfiguredHint />}
      <RecipientStatus
        recipientId={status.recipientId}
        recipientReachable={status.recipientReachable}
      />
      {status.issues.length > 0 ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconListCheck />}
          title={finalized ? t('peppol.issues.title') : t('peppol.issues.draftTitle')}
          p="sm"
          data-testid="peppol-issues"
        >
          <PeppolIssuesList issues={status.issues} testId="peppol-issues-list" />
        </Alert>
      ) : (
        status.ready && (
          <Group gap={6} wrap="nowrap" data-testid="peppol-ready">
            <IconCircleCheck size={18} stroke={1.6} color="var(--mantine-color-teal-6)" />
            <Text size="sm">{t('peppol.issues.none')}</Text>
          </Group>
        )
      )}
      {transmission && (
        <>
          <Divider />
          <TransmissionStatus transmission={transmission} />
        </>
      )}
      {(canSend || finalized) && <Divider />}
      {canSend && status.recipientId && (
        <SendViaPeppolButton
          type={type}
          id={document.id}
          title={documentTitle(labels, document.numberFormatted)}
          customerName={document.customer.name}
          recipientId={status.recipientId}
          retry={transmission?.status === 'failed'}
        />
      )}
      {finalized && (
        <DownloadUblButton
          type={type}
          id={document.id}
          number={document.numberFormatted ?? document.id}
        />
      )}
    </Stack>
  );
}

/**
 * A transmission that moves on (queued → sent) also changes the document (its status becomes
 * "sent"): read it again then, not on the first look.
 */
function useRefreshOnProgress(documentId: string, transmissionStatus: string | undefined) {
  const queryClient = useQueryClient();
  const { organization } = useMe();
  const previous = useRef(transmissionStatus);
  useEffect(() => {
    if (previous.current === transmissionStatus) return;
    const seen = previous.current;
    previous.current = transmissionStatus;
    if (seen === undefined) return;
    void queryClient.invalidateQueries({
      queryKey: [...documentsKey(organization.id), 'detail', documentId],
    });
  }, [transmissionStatus, documentId, organization.id, queryClient]);
}

/** Sending needs the company's own access point; only those who manage settings can set it. */
function NotConfiguredHint() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconInfoCircle />}
      p="sm"
      data-testid="peppol-not-configured"
    >
      <Text size="sm">
        {t('peppol.panel.notConfigured')}{' '}
        {canManageSettings(me) ? (
          <Anchor
            size="sm"
            renderRoot={(props) => <Link to="/settings/peppol" {...props} />}
            data-testid="peppol-settings-link"
          >
            {t('peppol.panel.openSettings')}
          </Anchor>
        ) : (
          t('peppol.panel.askOwner')
        )}
      </Text>
    </Alert>
  );
}
