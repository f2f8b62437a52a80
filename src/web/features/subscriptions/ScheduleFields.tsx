import {
  Input,
  List,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUBSCRIPTION_FREQUENCIES } from '../../../contract/index.js';
import {
  dateInZone,
  nextCycle,
  upcomingOccurrences,
  type Occurrence,
} from '../../../core/subscriptions/index.js';
import { formatDate } from '../../lib/format';
import type { ScheduleForm } from './subscription-form';
import {
  formatHour,
  formatRunAt,
  useFrequencyLabels,
  useSendModeLabels,
} from './use-subscription-labels';

const HOURS = Array.from({ length: 24 }, (_, hour) => ({
  value: String(hour),
  label: formatHour(hour),
}));

/** The next invoices the schedule on screen would make, from today on (no backlog). */
function preview(values: ScheduleForm['values']): Occurrence[] {
  const schedule = {
    startDate: values.startDate,
    endDate: values.endDate || null,
    frequency: values.frequency,
    hour: Number(values.creationHour),
  };
  try {
    const cycle = nextCycle(schedule, dateInZone(new Date()));
    return cycle === null ? [] : upcomingOccurrences(schedule, cycle, 3);
  } catch {
    // A date still being typed.
    return [];
  }
}

/** How often, from when, until when, at what hour; and what happens to each invoice. */
export function ScheduleFields({ form }: { form: ScheduleForm }) {
  const { t, i18n } = useTranslation();
  const frequencies = useFrequencyLabels();
  const sendModes = useSendModeLabels();
  const { values } = form;
  const next = preview(values);

  return (
    <Stack gap="md">
      <TextInput
        label={t('subscriptions.fields.name')}
        description={t('subscriptions.fields.nameHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        maxLength={100}
        data-testid="subscription-name"
        {...form.getInputProps('name')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Select
          label={t('subscriptions.fields.frequency')}
          data={SUBSCRIPTION_FREQUENCIES.map((value) => ({ value, label: frequencies[value] }))}
          allowDeselect={false}
          data-testid="subscription-frequency"
          {...form.getInputProps('frequency')}
        />
        <Select
          label={t('subscriptions.fields.creationHour')}
          description={t('subscriptions.fields.creationHourHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data={HOURS}
          allowDeselect={false}
          data-testid="subscription-creationHour"
          {...form.getInputProps('creationHour')}
        />
        <TextInput
          type="date"
          label={t('subscriptions.fields.startDate')}
          required
          data-testid="subscription-startDate"
          {...form.getInputProps('startDate')}
        />
        <TextInput
          type="date"
          label={t('subscriptions.fields.endDate')}
          description={t('subscriptions.fields.endDateHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          min={values.startDate || undefined}
          data-testid="subscription-endDate"
          {...form.getInputProps('endDate')}
        />
      </SimpleGrid>
      <Stack gap="xs">
        <Switch
          label={t('subscriptions.fields.autoFinalize')}
          description={t('subscriptions.fields.autoFinalizeHint')}
          data-testid="subscription-autoFinalize"
          {...form.getInputProps('autoFinalize', { type: 'checkbox' })}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            form.setFieldValue('autoFinalize', checked);
            if (!checked) form.setFieldValue('autoSend', 'off');
          }}
        />
        <Stack gap={4} align="flex-start">
          <Input.Label component="div" id="subscription-send-label">
            {t('subscriptions.fields.autoSend')}
          </Input.Label>
          <SegmentedControl
            aria-labelledby="subscription-send-label"
            disabled={!values.autoFinalize}
            data={(['off', 'email', 'peppol'] as const).map((value) => ({
              value,
              label: sendModes[value],
            }))}
            data-testid="subscription-autoSend"
            {...form.getInputProps('autoSend')}
          />
          <Text size="xs" c={form.errors.autoSend ? 'red' : 'dimmed'}>
            {form.errors.autoSend ??
              (values.autoFinalize
                ? t('subscriptions.fields.autoSendHint')
                : t('subscriptions.fields.autoSendNeedsFinalize'))}
          </Text>
        </Stack>
        <Switch
          label={t('subscriptions.fields.active')}
          description={t('subscriptions.fields.activeHint')}
          data-testid="subscription-active"
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      </Stack>
      <div data-testid="subscription-preview">
        <Text size="sm" fw={600} mb={4}>
          {t('subscriptions.preview.title')}
        </Text>
        {next.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('subscriptions.preview.none')}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {next.map((occurrence) => (
              <List.Item key={occurrence.cycle}>
                {t('subscriptions.preview.item', {
                  when: formatRunAt(occurrence.runAt.toISOString(), i18n.language),
                  start: formatDate(occurrence.periodStart, i18n.language),
                  end: formatDate(occurrence.periodEnd, i18n.language),
                })}
              </List.Item>
            ))}
          </List>
        )}
      </div>
    </Stack>
  );
}
