import { PasswordInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  PEPPOL_ENVIRONMENTS,
  peppolSettingsRequestSchema,
  type PeppolSettings,
} from '../../../contract/index.js';
import { FormActions } from '../../components/ui/FormActions';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useSavePeppolSettings } from './api';
import {
  toPeppolSettingsRequest,
  toPeppolSettingsValues,
  type PeppolSettingsValues,
} from './peppol-settings-values';

const PROVIDER_NAMES: Record<PeppolSettings['provider'], string> = { recommand: 'Recommand' };
const MONOSPACE = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

interface PeppolSettingsFormProps {
  settings: PeppolSettings;
  /** `0208:<enterprise number>`, what the participant id is when left alone. */
  derivedParticipantId: string | null;
}

/** The access point's credentials and the company's PEPPOL id. */
export function PeppolSettingsForm({ settings, derivedParticipantId }: PeppolSettingsFormProps) {
  const { t } = useTranslation();
  const save = useSavePeppolSettings();
  const form = useForm<PeppolSettingsValues>({
    initialValues: toPeppolSettingsValues(settings),
    validate: (values) =>
      schemaErrors(
        peppolSettingsRequestSchema,
        toPeppolSettingsRequest(values, derivedParticipantId),
      ),
  });
  const environments = PEPPOL_ENVIRONMENTS.map((value) => ({
    value,
    label: value === 'production' ? t('peppol.settings.production') : t('peppol.settings.test'),
  }));

  const submit = form.onSubmit((values) =>
    save.mutate(toPeppolSettingsRequest(values, derivedParticipantId), {
      onSuccess: (saved) => {
        const next = toPeppolSettingsValues(saved);
        form.setInitialValues(next);
        form.setValues(next);
        form.resetDirty(next);
        notifySuccess(t('peppol.settings.saved'));
      },
      onError: (error) => showServerErrors(form, error),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <SettingsSection
          title={t('peppol.settings.accessPointTitle')}
          description={t('peppol.settings.accessPointText')}
        >
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {/* One provider for now: shown, not chosen. */}
              <TextInput
                label={t('peppol.settings.provider')}
                value={PROVIDER_NAMES[settings.provider]}
                readOnly
                variant="filled"
                data-testid="peppol-provider"
              />
              <Stack gap={4}>
                <Text size="sm" fw={500} component="label" id="peppol-environment-label">
                  {t('peppol.settings.environment')}
                </Text>
                <SegmentedControl
                  data={environments}
                  aria-labelledby="peppol-environment-label"
                  data-testid="peppol-environment"
                  {...form.getInputProps('environment')}
                />
              </Stack>
            </SimpleGrid>
            <TextInput
              label={t('peppol.settings.baseUrl')}
              required
              type="url"
              autoComplete="off"
              spellCheck={false}
              data-testid="peppol-baseUrl"
              {...form.getInputProps('baseUrl')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('peppol.settings.apiKey')}
                required
                autoComplete="off"
                spellCheck={false}
                data-testid="peppol-apiKey"
                {...form.getInputProps('apiKey')}
              />
              <PasswordInput
                label={t('peppol.settings.apiSecret')}
                placeholder={settings.hasSecret ? t('peppol.settings.secretStored') : undefined}
                description={settings.hasSecret ? t('peppol.settings.secretKeep') : undefined}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                autoComplete="new-password"
                data-testid="peppol-apiSecret"
                {...form.getInputProps('apiSecret')}
              />
            </SimpleGrid>
            <PasswordInput
              label={t('peppol.settings.webhookSecret')}
              description={t('peppol.settings.webhookSecretHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              autoComplete="new-password"
              data-testid="peppol-webhookSecret"
              {...form.getInputProps('webhookSecret')}
            />
            <TextInput
              label={t('peppol.settings.companyId')}
              description={t('peppol.settings.companyIdHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              autoComplete="off"
              spellCheck={false}
              data-testid="peppol-companyId"
              {...form.getInputProps('companyId')}
            />
          </Stack>
        </SettingsSection>
        <SettingsSection
          title={t('peppol.settings.identityTitle')}
          description={t('peppol.settings.identityText')}
        >
          <TextInput
            label={t('peppol.settings.participantId')}
            description={
              derivedParticipantId
                ? t('peppol.settings.participantIdHint', { id: derivedParticipantId })
                : undefined
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            placeholder={derivedParticipantId ?? '0208:0123456749'}
            autoComplete="off"
            spellCheck={false}
            styles={MONOSPACE}
            data-testid="peppol-participantId"
            {...form.getInputProps('participantId')}
          />
        </SettingsSection>
        <FormActions
          dirty={form.isDirty()}
          saving={save.isPending}
          saveLabel={t('peppol.settings.save')}
          onReset={form.reset}
          saveTestId="peppol-save"
        />
      </Stack>
    </form>
  );
}
