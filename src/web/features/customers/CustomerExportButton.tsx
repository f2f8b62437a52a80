import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerListQuery } from '../../../contract/index.js';
import { notifyError } from '../../lib/notify';
import { downloadCustomers } from './api';

/** Exports what the list shows (same search and filters), every page of it. */
export function CustomerExportButton({ query }: { query: CustomerListQuery }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    downloadCustomers(query)
      .catch(notifyError)
      .finally(() => setBusy(false));
  };
  return (
    <Button
      variant="default"
      leftSection={<IconFileSpreadsheet size={18} stroke={1.6} />}
      onClick={run}
      loading={busy}
      data-testid="customers-export"
    >
      {t('customers.export')}
    </Button>
  );
}
