import { Button, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconFileZip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountantExportQuerySchema } from '../../../contract/index.js';
import { todayIso } from '../../lib/dates';
import { saveFile } from '../../lib/download';
import { notifyError } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { fetchAccountantExport } from './api';
import { lastQuarter } from './last-quarter';
import { FormModal } from '../../components/form/FormModal';

/** The period's sales and purchases for the accountant, in one ZIP. */
export function AccountantExportButton() {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileZip size={18} stroke={1.6} />}
        onClick={modal.open}
        data-testid="accountant-export"
      >
        {t('purchases.export.button')}
      </Button>
      {/* Mounted when opened, so the period starts from today's last quarter every time. */}
      {opened && <AccountantExportModal onClose={modal.close} />}
    </>
  );
}

function AccountantExportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: lastQuarter(todayIso()),
    validate: (values) => schemaErrors(accountantExportQuerySchema, values),
  });

  const submit = form.onSubmit(({ from, to }) => {
    setBusy(true);
    fetchAccountantExport(from, to)
      .then((file) => saveFile(file, `facto-${from}-${to}.zip`))
      .then(onClose, notifyError)
      .finally(() => setBusy(false));
  });

  return (
    <FormModal
      opened={true}
      onClose={onClose}
      title={t('purchases.export.title')}
      onSubmit={submit}
      submitLabel={t('purchases.export.download')}
      submitTestId="accountant-export-download"
      saving={busy}
    >
      <Text size="sm">{t('purchases.export.text')}</Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          type="date"
          label={t('purchases.export.from')}
          required
          data-testid="accountant-export-from"
          {...form.getInputProps('from')}
        />
        <TextInput
          type="date"
          label={t('purchases.export.to')}
          required
          data-testid="accountant-export-to"
          {...form.getInputProps('to')}
        />
      </SimpleGrid>
    </FormModal>
  );
}
