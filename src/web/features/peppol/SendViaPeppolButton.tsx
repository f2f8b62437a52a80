import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ui/ConfirmModal';
import { notifyError, notifySuccess } from '../../lib/notify';
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
  const [opened, modal] = useDisclosure(false);
  const send = useSendViaPeppol(type, id);

  const confirm = () =>
    send.mutate(undefined, {
      onSuccess: () => {
        modal.close();
        notifySuccess(t('peppol.send.queued'));
      },
      onError: (error) => {
        modal.close();
        notifyError(error);
      },
    });

  return (
    <>
      <Button
        leftSection={<IconSend size={18} stroke={1.6} />}
        onClick={modal.open}
        fullWidth
        data-testid="peppol-send"
      >
        {retry ? t('peppol.send.retry') : t('peppol.send.button')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={modal.close}
        title={t('peppol.send.title')}
        confirmLabel={t('peppol.send.confirm')}
        onConfirm={confirm}
        loading={send.isPending}
      >
        <Text size="sm">
          {t('peppol.send.text', {
            document: title,
            customer: customerName,
            recipient: recipientId,
          })}
        </Text>
      </ConfirmModal>
    </>
  );
}
