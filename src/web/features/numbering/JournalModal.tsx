import {
  Alert,
  Code,
  NumberInput,
  Select,
  SimpleGrid,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  journalInputSchema,
  translate,
  type DocumentType,
  type Journal,
  type JournalInput,
} from '../../../contract/index.js';
import { currentLanguage } from '../../i18n';
import { todayIso } from '../../lib/dates';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useDocumentLabels } from '../documents/use-document-labels';
import { useSaveJournal } from './api';
import { numberPreview } from './number-preview';
import { FormModal } from '../../components/form/FormModal';

interface Values {
  documentType: DocumentType;
  name: string;
  format: string;
  fiscalYearStartMonth: string;
  isDefault: boolean;
  nextNumber: number | '';
}

interface JournalModalProps {
  /** Absent for a new journal. */
  journal?: Journal;
  onClose: () => void;
}

const toInput = (values: Values, journal: Journal | undefined): JournalInput => ({
  documentType: values.documentType,
  name: values.name,
  format: values.format,
  fiscalYearStartMonth: Number(values.fiscalYearStartMonth),
  isDefault: values.isDefault,
  // Sent only when changed: the server refuses going back below numbers already given.
  ...(values.nextNumber !== '' && values.nextNumber !== journal?.nextNumber
    ? { nextNumber: values.nextNumber }
    : {}),
});

/** A numbering journal: its format, the month its book year starts, and where it continues. */
export function JournalModal({ journal, onClose }: JournalModalProps) {
  const { t, i18n } = useTranslation();
  const labels = useDocumentLabels();
  const save = useSaveJournal(journal?.id ?? null);
  const form = useForm<Values>({
    initialValues: {
      documentType: journal?.documentType ?? 'invoice',
      name: journal?.name ?? '',
      format: journal?.format ?? 'F%Y-(4)',
      fiscalYearStartMonth: String(journal?.fiscalYearStartMonth ?? 1),
      isDefault: journal?.isDefault ?? false,
      nextNumber: journal?.nextNumber ?? 1,
    },
    validate: (values) => {
      const errors = schemaErrors(journalInputSchema, toInput(values, journal));
      if (!numberPreview(values.format, 1, todayIso(), Number(values.fiscalYearStartMonth))) {
        errors.format ??= translate(currentLanguage(), 'validation.numberFormat');
      }
      return errors;
    },
  });
  const { values } = form;
  const preview = numberPreview(
    values.format,
    values.nextNumber === '' ? 1 : values.nextNumber,
    todayIso(),
    Number(values.fiscalYearStartMonth),
  );
  const months = Array.from({ length: 12 }, (_, index) => ({
    value: String(index + 1),
    label: new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, index, 1)),
    ),
  }));

  const submit = form.onSubmit((submitted) =>
    save.mutate(toInput(submitted, journal), {
      onSuccess: (saved) => {
        notifySuccess(t('numbering.saved', { name: saved.name }));
        onClose();
      },
      onError: (error) => showServerErrors(form, error),
    }),
  );

  return (
    <FormModal
      opened={true}
      onClose={onClose}
      title={journal ? t('numbering.editTitle') : t('numbering.newTitle')}
      size="lg"
      onSubmit={submit}
      submitLabel={journal ? t('form.save') : t('numbering.create')}
      submitTestId="journal-save"
      saving={save.isPending}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('numbering.documentType')}
          data={(['invoice', 'creditNote', 'quote'] as const).map((type) => ({
            value: type,
            label: labels[type].plural,
          }))}
          allowDeselect={false}
          disabled={journal !== undefined}
          data-testid="journal-documentType"
          {...form.getInputProps('documentType')}
        />
        <TextInput
          label={t('numbering.name')}
          required
          data-autofocus
          data-testid="journal-name"
          {...form.getInputProps('name')}
        />
      </SimpleGrid>
      <TextInput
        label={t('numbering.format')}
        description={
          <>
            {t('numbering.formatHint')} <Code>%Y</Code> <Code>%y</Code> <Code>%m</Code>{' '}
            <Code>(4)</Code>
          </>
        }
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        required
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        data-testid="journal-format"
        {...form.getInputProps('format')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('numbering.nextNumber')}
          description={t('numbering.nextNumberHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          min={1}
          max={99_999_999}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          data-testid="journal-nextNumber"
          {...form.getInputProps('nextNumber')}
        />
        <Select
          label={t('numbering.fiscalYearStart')}
          description={t('numbering.fiscalYearStartHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data={months}
          allowDeselect={false}
          data-testid="journal-fiscalYearStartMonth"
          {...form.getInputProps('fiscalYearStartMonth')}
        />
      </SimpleGrid>
      <Alert variant="light" color={preview ? 'brand' : 'gray'} py="xs">
        <Text size="sm">
          {preview ? (
            <>
              {t('numbering.preview')}{' '}
              <Text span ff="monospace" fw={700} data-testid="journal-preview">
                {preview}
              </Text>
            </>
          ) : (
            t('numbering.previewUnavailable')
          )}
        </Text>
      </Alert>
      <Switch
        label={t('numbering.isDefault')}
        description={t('numbering.isDefaultHint')}
        data-testid="journal-isDefault"
        {...form.getInputProps('isDefault', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
