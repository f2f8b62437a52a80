import { Stack, Tabs, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_LANGUAGES } from '../../../contract/index.js';
import type { ProductForm } from './product-form';

type Language = (typeof DOCUMENT_LANGUAGES)[number];

/** Name and description per document language, one tab each; the UI language opens first. */
export function LocalizedTextFields({ form }: { form: ProductForm }) {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useState<string | null>(
    DOCUMENT_LANGUAGES.find((code) => code === i18n.language) ?? 'fr',
  );
  const nameError = form.errors.name;
  const hasError = (code: Language) =>
    Boolean(form.errors[`name.${code}`] || form.errors[`description.${code}`]);
  const filled = (code: Language) => form.values.name[code].trim() !== '';

  return (
    <Stack gap="xs">
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          {DOCUMENT_LANGUAGES.map((code) => (
            <Tabs.Tab
              key={code}
              value={code}
              c={hasError(code) ? 'red' : undefined}
              fw={filled(code) ? 700 : undefined}
              data-testid={`product-lang-${code}`}
            >
              {code.toUpperCase()}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {DOCUMENT_LANGUAGES.map((code) => {
          const nameProps = form.getInputProps(`name.${code}`, { withError: false });
          return (
            <Tabs.Panel key={code} value={code} pt="md">
              <Stack gap="md">
                <TextInput
                  label={t('products.fields.name')}
                  lang={code}
                  description={t('products.fields.nameHint')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  error={
                    form.errors[`name.${code}`] ??
                    (nameError ? t('products.fields.nameRequired') : null)
                  }
                  data-testid={`product-name-${code}`}
                  {...nameProps}
                  onChange={(event) => {
                    nameProps.onChange(event);
                    // "At least one name" is met as soon as any language has one.
                    form.clearFieldError('name');
                  }}
                />
                <Textarea
                  label={t('products.fields.description')}
                  lang={code}
                  autosize
                  minRows={2}
                  maxRows={8}
                  data-testid={`product-description-${code}`}
                  {...form.getInputProps(`description.${code}`)}
                />
              </Stack>
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Stack>
  );
}
