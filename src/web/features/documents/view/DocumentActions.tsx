import { Button, Group, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconArrowBackUp,
  IconCheck,
  IconCopy,
  IconDots,
  IconDownload,
  IconPencil,
  IconReceiptRefund,
  IconSend,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentPdfRoutes, type Document } from '../../../../contract/index.js';
import { callFile } from '../../../lib/client';
import { saveFile } from '../../../lib/download';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useDocumentAction, type DocumentAction } from '../api';
import { DOCUMENT_ROUTES } from '../document-types';
import { useOpenDocument } from '../use-open-document';
import { FinaliseDialog } from '../finalise/FinaliseDialog';
import { CreditNoteModal } from './CreditNoteModal';
import { DeleteDraftButton } from './DeleteDraftButton';
import { QuoteActions } from './QuoteActions';
import { useDocumentPermissions } from './use-document-permissions';

const ICON = { size: 18, stroke: 1.6 } as const;

/** What can be done with the document in its current state. */
export function DocumentActions({ document }: { document: Document }) {
  const { t } = useTranslation();
  const can = useDocumentPermissions(document);
  const action = useDocumentAction(document.type, document.id);
  const open = useOpenDocument();
  const [crediting, creditModal] = useDisclosure(false);
  const [downloading, setDownloading] = useState(false);
  const [finalising, setFinalising] = useState(false);
  const routes = DOCUMENT_ROUTES[document.type];
  const draft = document.status === 'draft';

  const run = (name: DocumentAction, message: (result: Document) => string) =>
    action.mutate(name, {
      onSuccess: (result) => {
        notifySuccess(message(result));
        // Duplicates and restores are other documents, or this one in another state.
        if (result.id !== document.id) void open(result);
      },
      onError: notifyError,
    });
  const pending = (name: DocumentAction) => action.isPending && action.variables === name;

  const download = () => {
    setDownloading(true);
    callFile(documentPdfRoutes[document.type].pdf, { params: { id: document.id } })
      .then((file) => saveFile(file, `${document.numberFormatted ?? 'draft'}.pdf`))
      .catch(notifyError)
      .finally(() => setDownloading(false));
  };

  if (document.deleted) {
    return (
      <Button
        leftSection={<IconArrowBackUp {...ICON} />}
        onClick={() => run('restore', () => t('documents.actions.restored'))}
        loading={pending('restore')}
        data-testid="document-restore"
      >
        {t('documents.actions.restore')}
      </Button>
    );
  }

  return (
    <Group gap="sm">
      {draft && (
        <>
          <Button
            variant="default"
            leftSection={<IconPencil {...ICON} />}
            renderRoot={(props) => (
              <Link to={routes.edit} params={{ documentId: document.id }} {...props} />
            )}
            data-testid="document-edit"
          >
            {t('documents.actions.edit')}
          </Button>
          <Button
            leftSection={<IconCheck {...ICON} />}
            onClick={() => setFinalising(true)}
            data-testid="document-finalize"
          >
            {t('documents.actions.finalize')}
          </Button>
          <FinaliseDialog
            document={finalising ? document : null}
            onClose={() => setFinalising(false)}
            onFinalized={() => setFinalising(false)}
          />
        </>
      )}
      {document.type === 'quote' && !draft && (
        <QuoteActions quote={document} canConvert={can.convert} />
      )}
      {document.status === 'finalized' && (
        <Button
          variant="default"
          leftSection={<IconSend {...ICON} />}
          onClick={() => run('mark-sent', () => t('documents.actions.markedSent'))}
          loading={pending('mark-sent')}
          data-testid="document-mark-sent"
        >
          {t('documents.actions.markSent')}
        </Button>
      )}
      {can.creditNote && (
        <Button
          variant="default"
          leftSection={<IconReceiptRefund {...ICON} />}
          onClick={creditModal.open}
          data-testid="invoice-credit-note"
        >
          {t('documents.creditNote.button')}
        </Button>
      )}
      <Button
        variant="default"
        leftSection={<IconDownload {...ICON} />}
        onClick={download}
        loading={downloading}
        data-testid="document-pdf-download"
      >
        {t('documents.actions.downloadPdf')}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            px="xs"
            aria-label={t('documents.actions.more')}
            loading={pending('duplicate')}
            data-testid="document-more"
          >
            <IconDots {...ICON} />
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconCopy {...ICON} />}
            onClick={() => run('duplicate', () => t('documents.actions.duplicated'))}
            data-testid="document-duplicate"
          >
            {t('documents.actions.duplicate')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {draft && <DeleteDraftButton document={document} />}
      {can.creditNote && (
        <CreditNoteModal
          key={document.id}
          invoice={document}
          opened={crediting}
          onClose={creditModal.close}
          onCreated={(creditNote) => {
            creditModal.close();
            notifySuccess(t('documents.creditNote.created'));
            void open(creditNote);
          }}
        />
      )}
    </Group>
  );
}
