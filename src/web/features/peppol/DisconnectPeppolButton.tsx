import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ui/ConfirmModal';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useDisconnectPeppol } from './api';

/** Forgets the access point's credentials; documents already sent stay as they are. */
export function DisconnectPeppolButton() {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const disconnect = useDisconnectPeppol();
  const confirm = () =>
    disconnect.mutate(undefined, {
      onSuccess: () => {
        modal.close();
        notifySuccess(t('peppol.disconnect.done'));
      },
      onError: notifyError,
    });
  return (
    <>
      <Button
        variant="light"
        color="red"
        leftSection={<IconPlugConnectedX size={18} stroke={1.6} />}
        onClick={modal.open}
        data-testid="peppol-disconnect"
      >
        {t('peppol.disconnect.button')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={modal.close}
        title={t('peppol.disconnect.title')}
        confirmLabel={t('peppol.disconnect.confirm')}
        onConfirm={confirm}
        loading={disconnect.isPending}
        danger
      >
        <Text size="sm">{t('peppol.disconnect.text')}</Text>
      </ConfirmModal>
    </>
  );
}
