import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconDownload, IconFileCode, IconX } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxDocument } from '../../../contract/index.js';
import { saveFile } from '../../lib/download';
import { notifyError, notifySuccess } from '../../lib/notify';
import { fetchInboxFile, useAcceptInboxDocument } from './api';
import { RejectInboxModal } from './RejectInboxModal';

const ICON = { size: 18, stroke: 1.6 } as const;

/** Accept (it becomes a purchase invoice), reject, or take the files. */
export function InboxActions({ document }: { document: InboxDocument }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInboxDocument(document.id);
  const [rejecting, rejectModal] = useDisclosure(false);
  const [downloading, setDownloading] = useState<'xml' | 'pdf' | null>(null);
  const pending = document.status === 'new';

  const onAccept = () =>
    accept.mutate(undefined, {
      onSuccess: (purchase) => {
        notifySuccess(t('inbox.accept.done', { number: purchase.number }));
        void navigate({ to: '/purchases/$purchaseId', params: { purchaseId: purchase.id } });
      },
      onError: notifyError,
    });

  const download = (kind: 'xml' | 'pdf') => {
    setDownloading(kind);
    fetchInboxFile(document.id, kind)
      .then((file) => saveFile(file, `${document.number}.${kind}`))
      .catch(notifyError)
      .finally(() => setDownloading(null));
  };

  return (
    <Group gap="sm">
      {pending && (
        <>
          <Button
            leftSection={<IconCheck {...ICON} />}
            onClick={onAccept}
            loading={accept.isPending}
            data-testid="inbox-accept"
          >
            {t('inbox.accept.button')}
          </Button>
          <Button
            variant="default"
            color="red"
            leftSection={<IconX {...ICON} />}
            onClick={rejectModal.open}
            data-testid="inbox-reject"
          >
            {t('inbox.reject.button')}
          </Button>
        </>
      )}
      <Button
        variant="default"
        leftSection={<IconFileCode {...ICON} />}
        onClick={() => download('xml')}
        loading={downloading === 'xml'}
        data-testid="inbox-download-xml"
      >
        {t('inbox.download.xml')}
      </Button>
      {document.hasPdf && (
        <Button
          variant="default"
          leftSection={<IconDownload {...ICON} />}
          onClick={() => download('pdf')}
          loading={downloading === 'pdf'}
          data-testid="inbox-download-pdf"
        >
          {t('inbox.download.pdf')}
        </Button>
      )}
      {pending && (
        <RejectInboxModal id={document.id} opened={rejecting} onClose={rejectModal.close} />
      )}
    </Group>
  );
}
