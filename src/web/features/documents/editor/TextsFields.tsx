import { Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormFields } from '../../../components/form/use-form-fields';
import type { DocumentForm } from './document-form';

/** Free texts printed above and below the lines, and a note that is never printed. */
export function TextsFields({ form }: { form: DocumentForm }) {
  const { t } = useTranslation();
  const field = useFormFields(form, 'documents.fields', 'document');
  return (
    <Stack gap="md">
      {(['textAbove', 'textBelow'] as const).map((name) => (
        <Textarea
          key={name}
          {...field(name)}
          placeholder={t(`documents.fields.${name}Placeholder`)}
          autosize
          minRows={2}
          maxRows={8}
        />
      ))}
      <Textarea {...field('internalNote', { hint: true })} autosize minRows={2} maxRows={8} />
    </Stack>
  );
}
