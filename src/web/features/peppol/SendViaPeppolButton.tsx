import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../../components/form/ConfirmActionButton';
import { notifySuccess } from '../../lib/notify';
import { useSendViaPeppol, type PeppolDocumentType } from './api';

interface SendViaPeppolButtonProps {
  type: PeppolDocumentType;
  id: string;
  /** "Invoice F2026-0007", for the question. */
  title: string;
  customerName: string;
  recipientId: string;
  /** After a failure the same button sends again. */
  retry: boolean;
}

/** Sending cannot be undone: the user confirms, then the panel follows the transmission. */
export function SendViaPeppolButton({
  type,
  id,
  title,
  customerName,
  recipientId,
  retry,
}: SendViaPeppolButtonProps) {
  const { t } = useTranslation();
  return (
    <ConfirmActionButton
      label={retry ? t('peppol.send.retry') : t('peppol.send.button')}
      icon={<IconSend size={18} stroke={1.6} />}
      testId="peppol-send"
      variant="filled"
      title={t('peppol.send.title')}
      text={t('peppol.send.text', {
        document: title,
        customer: customerName,
        recipient: recipientId,
      })}
      confirmLabel={t('peppol.send.confirm')}
      action={useSendViaPeppol(type, id)}
      onDone={() => notifySuccess(t('peppol.send.queued'))}
      fullWidth
      closeOnError
    />
  );
}
