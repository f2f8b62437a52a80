import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../../components/form/ConfirmActionButton';
import { notifySuccess } from '../../lib/notify';
import { useDisconnectPeppol } from './api';

/** Forgets the access point's credentials; documents already sent stay as they are. */
export function DisconnectPeppolButton() {
  const { t } = useTranslation();
  return (
    <ConfirmActionButton
      label={t('peppol.disconnect.button')}
      icon={<IconPlugConnectedX size={18} stroke={1.6} />}
      testId="peppol-disconnect"
      title={t('peppol.disconnect.title')}
      text={t('peppol.disconnect.text')}
      confirmLabel={t('peppol.disconnect.confirm')}
      action={useDisconnectPeppol()}
      onDone={() => notifySuccess(t('peppol.disconnect.done'))}
      danger
    />
  );
}
