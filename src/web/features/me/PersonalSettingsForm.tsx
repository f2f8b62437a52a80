import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { updateMeRequestSchema, type Language } from '../../../contract/index.js';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useUpdateMe } from './api';
import { useMe } from './me-context';
import { useLanguageOptions } from './use-language-options';

interface Values {
  firstName: string;
  lastName: string;
  language: Language;
}

export function PersonalSettingsForm() {
  const { t } = useTranslation();
  const me = useMe();
  const updateMe = useUpdateMe();
  const languages = useLanguageOptions();
  const form = useForm<Values>({
    initialValues: {
      firstName: me.user.firstName,
      lastName: me.user.lastName,
      language: me.user.language,
    },
    validate: (values) => schemaErrors(updateMeRequestSchema, values),
  });

  // The layout applies the saved language as soon as the new profile comes back.
  const submit = form.onSubmit((values) => {
    updateMe.mutate(values, {
      onSuccess: (next) => {
        const saved = {
          firstName: next.user.firstName,
          lastName: next.user.lastName,
          language: next.user.language,
        };
        form.setInitialValues(saved);
        form.setValues(saved);
        form.resetDirty(saved);
        notifySuccess(t('personal.saved'));
      },
      onError: (error) => showServerErrors(form, error),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <SettingsSection
        title={t('personal.profile.title')}
        description={t('personal.profile.description')}
      >
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('fields.firstName')}
              autoComplete="given-name"
              required
              data-testid="personal-firstName"
              {...form.getInputProps('firstName')}
            />
            <TextInput
              label={t('fields.lastName')}
              autoComplete="family-name"
              required
              data-testid="personal-lastName"
              {...form.getInputProps('lastName')}
            />
          </SimpleGrid>
          <TextInput
            label={t('fields.email')}
            description={t('personal.emailHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={me.user.email}
            readOnly
            variant="filled"
            data-testid="personal-email"
          />
          <Select
            label={t('fields.language')}
            data={languages}
            allowDeselect={false}
            required
            data-testid="personal-language"
            {...form.getInputProps('language')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={updateMe.isPending} data-testid="personal-save">
              {t('personal.save')}
            </Button>
          </Group>
        </Stack>
      </SettingsSection>
    </form>
  );
}
