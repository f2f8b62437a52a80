import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import {
  IconArrowDown,
  IconArrowUp,
  IconInfoCircle,
  IconPlus,
  IconScale,
  IconTrash,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_REMINDER_STEPS,
  REMINDER_TEXT_LANGUAGES,
  reminderSettingsRequestSchema,
  type ReminderSettings,
} from '../../../contract/index.js';
import { FormActions } from '../../components/ui/FormActions';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { UnsavedChangesGuard } from '../../components/ui/UnsavedChangesGuard';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { documentsKey } from '../documents/api';
import { RunNowButton } from '../jobs/RunNowButton';
import { useMe } from '../me/me-context';
import { useSaveReminderSettings } from './api';
import {
  newRate,
  newStep,
  toReminderSettingsRequest,
  toReminderSettingsValues,
  type ReminderSettingsValues,
} from './reminder-settings-values';

type Form = UseFormReturnType<ReminderSettingsValues>;

const LANGUAGE_LABELS = { fr: 'FR', nl: 'NL', en: 'EN' } as const;

type ReminderLanguage = (typeof REMINDER_TEXT_LANGUAGES)[number];

/** One tab per language a reminder is written in; the texts of each are in its panel. */
function LanguageTabs({ children }: { children: (language: ReminderLanguage) => ReactNode }) {
  return (
    <Tabs defaultValue="fr" keepMounted={false}>
      <Tabs.List>
        {REMINDER_TEXT_LANGUAGES.map((language) => (
          <Tabs.Tab key={language} value={language}>
            {LANGUAGE_LABELS[language]}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {REMINDER_TEXT_LANGUAGES.map((language) => (
        <Tabs.Panel key={language} value={language} pt="sm">
          {children(language)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

/** Settings → Reminders: switching automatic reminders on, the steps, quotes, and the legal rates. */
export function ReminderSettingsForm({ settings }: { settings: ReminderSettings }) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const save = useSaveReminderSettings();
  const form = useForm<ReminderSettingsValues>({
    initialValues: toReminderSettingsValues(settings),
    validate: (values) =>
      schemaErrors(reminderSettingsRequestSchema, toReminderSettingsRequest(values)),
  });

  const submit = form.onSubmit((values) =>
    save.mutate(toReminderSettingsRequest(values), {
      onSuccess: (saved) => {
        const next = toReminderSettingsValues(saved);
        form.setInitialValues(next);
        form.setValues(next);
        form.resetDirty(next);
        notifySuccess(t('reminders.settings.saved'));
      },
      onError: (error) => showServerErrors(form, error),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <UnsavedChangesGuard isDirty={() => form.isDirty() && !save.isPending} />
      <Stack gap="lg">
        <SettingsSection
          title={t('reminders.settings.automaticTitle')}
          description={t('reminders.settings.automaticText', { time: settings.runsAt })}
        >
          <Stack gap="sm">
            <Switch
              label={t('reminders.settings.enabled')}
              description={t('reminders.settings.enabledHint')}
              data-testid="reminders-enabled"
              {...form.getInputProps('enabled', { type: 'checkbox' })}
            />
            {!settings.emailAvailable && (
              <Alert color="gray" variant="light" icon={<IconInfoCircle />} p="xs">
                {t('reminders.settings.noEmail')}
              </Alert>
            )}
            <LegalHints />
            {(settings.enabled || settings.quoteDaysBefore !== null) && (
              <Group>
                <RunNowButton run="reminders" invalidate={documentsKey(organization.id)} />
              </Group>
            )}
          </Stack>
        </SettingsSection>
        <SettingsSection
          title={t('reminders.settings.stepsTitle')}
          description={t('reminders.settings.stepsText')}
        >
          <Stack gap="md">
            {form.values.steps.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('reminders.settings.noSteps')}
              </Text>
            )}
            {form.values.steps.map((step, index) => (
              <StepCard key={step.key} form={form} index={index} />
            ))}
            <Group>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} />}
                disabled={form.values.steps.length >= MAX_REMINDER_STEPS}
                onClick={() => form.insertListItem('steps', newStep(form.values.steps.at(-1)))}
                data-testid="reminders-add-step"
              >
                {t('reminders.settings.addStep')}
              </Button>
            </Group>
            <TagHint />
          </Stack>
        </SettingsSection>
        <SettingsSection
          title={t('reminders.settings.quotesTitle')}
          description={t('reminders.settings.quotesText')}
        >
          <Stack gap="md">
            <NumberInput
              label={t('reminders.settings.quoteDaysBefore')}
              placeholder={t('reminders.settings.quoteOff')}
              min={1}
              max={90}
              allowDecimal={false}
              allowNegative={false}
              hideControls
              w={{ base: '100%', xs: 260 }}
              data-testid="reminders-quoteDaysBefore"
              {...form.getInputProps('quoteDaysBefore')}
            />
            {form.values.quoteDaysBefore !== '' && (
              <LanguageTabs>
                {(language) => (
                  <Stack gap="sm">
                    <TextInput
                      label={t('reminders.settings.subject')}
                      required
                      {...form.getInputProps(`quoteTexts.${language}.subject`)}
                    />
                    <Textarea
                      label={t('reminders.settings.body')}
                      required
                      autosize
                      minRows={4}
                      {...form.getInputProps(`quoteTexts.${language}.body`)}
                    />
                  </Stack>
                )}
              </LanguageTabs>
            )}
          </Stack>
        </SettingsSection>
        <SettingsSection
          title={t('reminders.settings.ratesTitle')}
          description={t('reminders.settings.ratesText')}
        >
          <RatesTable form={form} />
        </SettingsSection>
        <FormActions
          dirty={form.isDirty()}
          saving={save.isPending}
          saveLabel={t('reminders.settings.save')}
          onReset={() => form.reset()}
          saveTestId="reminders-save"
        />
      </Stack>
    </form>
  );
}

function StepCard({ form, index }: { form: Form; index: number }) {
  const { t } = useTranslation();
  const steps = form.values.steps;
  const path = `steps.${index}`;
  const move = (to: number) => form.reorderListItem('steps', { from: index, to });
  return (
    <Paper withBorder p="md" radius="md" data-testid={`reminder-step-${index}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={600} size="sm">
            {t('reminders.settings.stepNumber', { number: index + 1 })}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Tooltip label={t('reminders.settings.moveUp')} openDelay={400}>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={index === 0}
                onClick={() => move(index - 1)}
                aria-label={t('reminders.settings.moveUp')}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('reminders.settings.moveDown')} openDelay={400}>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={index === steps.length - 1}
                onClick={() => move(index + 1)}
                aria-label={t('reminders.settings.moveDown')}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('reminders.settings.removeStep')} openDelay={400}>
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={() => form.removeListItem('steps', index)}
                aria-label={t('reminders.settings.removeStep')}
                data-testid={`reminder-step-${index}-remove`}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('reminders.settings.name')}
            required
            data-testid={`reminder-step-${index}-name`}
            {...form.getInputProps(`${path}.name`)}
          />
          <NumberInput
            label={t('reminders.settings.daysAfterDue')}
            min={0}
            max={3650}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            required
            data-testid={`reminder-step-${index}-days`}
            {...form.getInputProps(`${path}.daysAfterDue`)}
          />
          <NumberInput
            label={t('reminders.settings.paymentTermDays')}
            min={0}
            max={365}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            required
            data-testid={`reminder-step-${index}-term`}
            {...form.getInputProps(`${path}.paymentTermDays`)}
          />
        </SimpleGrid>
        <Stack gap={6}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {t('reminders.settings.businesses')}
          </Text>
          <Group gap="lg">
            <Checkbox
              label={t('reminders.settings.addInterest')}
              data-testid={`reminder-step-${index}-interest`}
              {...form.getInputProps(`${path}.addInterest`, { type: 'checkbox' })}
            />
            <Checkbox
              label={t('reminders.settings.addIndemnity')}
              data-testid={`reminder-step-${index}-indemnity`}
              {...form.getInputProps(`${path}.addIndemnity`, { type: 'checkbox' })}
            />
          </Group>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" mt={4}>
            {t('reminders.settings.consumers')}
          </Text>
          <Group gap="lg">
            <Checkbox
              label={t('reminders.settings.addDamages')}
              data-testid={`reminder-step-${index}-damages`}
              {...form.getInputProps(`${path}.addDamages`, { type: 'checkbox' })}
            />
          </Group>
          {index === 0 && (
            <Text size="xs" c="dimmed">
              {t('reminders.settings.firstFree')}
            </Text>
          )}
        </Stack>
        <LanguageTabs>
          {(language) => (
            <Stack gap="sm">
              <TextInput
                label={t('reminders.settings.subject')}
                required
                data-testid={`reminder-step-${index}-${language}-subject`}
                {...form.getInputProps(`${path}.texts.${language}.subject`)}
              />
              <Textarea
                label={t('reminders.settings.body')}
                required
                autosize
                minRows={4}
                maxRows={14}
                {...form.getInputProps(`${path}.texts.${language}.body`)}
              />
              <Textarea
                label={t('reminders.settings.bottom')}
                description={t('reminders.settings.bottomHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                autosize
                minRows={2}
                {...form.getInputProps(`${path}.texts.${language}.bottom`)}
              />
            </Stack>
          )}
        </LanguageTabs>
      </Stack>
    </Paper>
  );
}

function RatesTable({ form }: { form: Form }) {
  const { t } = useTranslation();
  const semesters = [
    { value: '1', label: t('reminders.settings.semester1') },
    { value: '2', label: t('reminders.settings.semester2') },
  ];
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={360}>
        <Table verticalSpacing={4} data-testid="reminders-rates">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reminders.settings.year')}</Table.Th>
              <Table.Th>{t('reminders.settings.semester')}</Table.Th>
              <Table.Th>{t('reminders.settings.rate')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.values.rates.map((rate, index) => (
              <Table.Tr key={rate.key}>
                <Table.Td>
                  <NumberInput
                    aria-label={t('reminders.settings.year')}
                    min={2000}
                    max={2100}
                    allowDecimal={false}
                    hideControls
                    {...form.getInputProps(`rates.${index}.year`)}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('reminders.settings.semester')}
                    data={semesters}
                    allowDeselect={false}
                    {...form.getInputProps(`rates.${index}.semester`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('reminders.settings.rate')}
                    rightSection="%"
                    inputMode="decimal"
                    data-testid={`reminders-rate-${index}`}
                    {...form.getInputProps(`rates.${index}.ratePercent`)}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => form.removeListItem('rates', index)}
                    aria-label={t('reminders.settings.removeRate')}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} />}
          onClick={() => form.insertListItem('rates', newRate(form.values.rates))}
          data-testid="reminders-add-rate"
        >
          {t('reminders.settings.addRate')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('reminders.settings.ratesSource')}
      </Text>
    </Stack>
  );
}

/** What the law allows, in short, beside the switch that sends reminders in the company's name. */
function LegalHints() {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" icon={<IconScale />} p="sm" data-testid="reminders-legal">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('reminders.legal.businessTitle')}
        </Text>
        <Text size="sm">{t('reminders.legal.business')}</Text>
        <Text size="sm" fw={600}>
          {t('reminders.legal.consumerTitle')}
        </Text>
        <Text size="sm">{t('reminders.legal.consumer')}</Text>
        <Text size="sm">{t('reminders.legal.cap')}</Text>
        <Text size="xs" c="dimmed">
          {t('reminders.legal.classification')}
        </Text>
      </Stack>
    </Alert>
  );
}

function TagHint() {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed">
      {t('reminders.settings.tags')}
    </Text>
  );
}
