import { Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentForm } from './document-form';

/** Free texts printed above and below the lines, and a note that is never printed. */
export function TextsFields({ form }: { form: DocumentForm }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Textarea
        label={t('documents.fields.textAbove')}
        placeholder={t('documents.fields.textAbovePlaceholder')}
        autosize
        minRows={2}
        maxRows={8}
        data-testid="document-textAbove"
        {...form.getInputProps('textAbove')}
      />
      <Textarea
        label={t('documents.fields.textBelow')}
        placeholder={t('documents.fields.textBelowPlaceholder')}
        autosize
        minRows={2}
        maxRows={8}
        data-testid="document-textBelow"
        {...form.getInputProps('textBelow')}
      />
      <Textarea
        label={t('documents.fields.internalNote')}
        description={t('documents.fields.internalNoteHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        autosize
        minRows={2}
        maxRows={8}
        data-testid="document-internalNote"
        {...form.getInputProps('internalNote')}
      />
    </Stack>
  );
}
