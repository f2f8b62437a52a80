import { Button } from '@mantine/core';
import { IconFileCode } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../../lib/download';
import { notifyError } from '../../lib/notify';
import { fetchUbl, type PeppolDocumentType } from './api';

interface DownloadUblButtonProps {
  type: PeppolDocumentType;
  id: string;
  number: string;
}

/** The e-invoice as a UBL file, for a customer who wants it by other means than PEPPOL. */
export function DownloadUblButton({ type, id, number }: DownloadUblButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    fetchUbl(type, id)
      .then((file) => saveFile(file, `${number}.xml`))
      .catch(notifyError)
      .finally(() => setBusy(false));
  };
  return (
    <Button
      variant="default"
      leftSection={<IconFileCode size={18} stroke={1.6} />}
      onClick={run}
      loading={busy}
      fullWidth
      data-testid="peppol-ubl-download"
    >
      {t('peppol.ubl.download')}
    </Button>
  );
}
