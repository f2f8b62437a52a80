import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import {
  IconAlarm,
  IconChevronDown,
  IconInfoCircle,
  IconMail,
  IconPrinter,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Document, DocumentReminders, Reminder } from '../../../contract/index.js';
import { formatDate, formatMoney } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useMe } from '../me/me-context';
import { documentRemindersQueryOptions, useSendReminderNow, useSetAutomaticReminders } from './api';
import { PanelQuery, SidePanel } from '../../components/ui/SidePanel';

/**
 * An invoice's reminders: its automatic-reminders switch, the next step the daily job will send,
 * "send a reminder now", and every reminder made, with its amounts and PDF.
 */
export function InvoiceRemindersPanel({ invoice }: { invoice: Document }) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const query = useQuery(documentRemindersQueryOptions(organization.id, invoice.id));

  return (
    <SidePanel title={t('reminders.panel.title')} testId="reminders-panel">
      <PanelQuery query={query}>
        {(data) => <PanelBody invoice={invoice} reminders={data} />}
      </PanelQuery>
    </SidePanel>
  );
}

function PanelBody({ invoice, reminders }: { invoice: Document; reminders: DocumentReminders }) {
  const { t, i18n } = useTranslation();
  const toggle = useSetAutomaticReminders(invoice.id);
  const send = useSendReminderNow(invoice.id);
  const date = (value: string) => formatDate(value, i18n.language);

  const sendNow = (channel: 'email' | 'post') =>
    send.mutate(
      { channel },
      {
        onSuccess: (reminder) =>
          notifySuccess(
            reminder.channel === 'email'
              ? t('reminders.panel.sentByEmail', { step: reminder.stepName })
              : t('reminders.panel.madeForPost', { step: reminder.stepName }),
          ),
        onError: notifyError,
      },
    );

  return (
    <Stack gap="sm">
      {/* The effective state: off for every invoice while the company has reminders off. */}
      <Switch
        label={t('reminders.panel.automatic')}
        checked={reminders.organizationEnabled && reminders.automaticReminders}
        disabled={toggle.isPending || !reminders.organizationEnabled}
        onChange={(event) => toggle.mutate(event.currentTarget.checked, { onError: notifyError })}
        data-testid="reminders-switch"
      />
      {!reminders.organizationEnabled && (
        <Alert
          color="gray"
          variant="light"
          icon={<IconInfoCircle />}
          p="xs"
          data-testid="reminders-off"
        >
          <Text size="sm">
            {t('reminders.panel.organizationOff')}{' '}
            <Anchor component={Link} to="/settings/reminders" size="sm">
              {t('reminders.panel.openSettings')}
            </Anchor>
          </Text>
        </Alert>
      )}
      {reminders.next && reminders.automaticReminders && reminders.organizationEnabled && (
        <Group gap={6} wrap="nowrap" data-testid="reminders-next">
          <IconAlarm size={18} stroke={1.6} />
          <Text size="sm">
            {t('reminders.panel.next', {
              step: reminders.next.stepName,
              date: date(reminders.next.date),
            })}
          </Text>
        </Group>
      )}
      <Text size="xs" c="dimmed" data-testid="reminders-kind">
        {reminders.customerKind === 'b2b' ? t('reminders.panel.b2b') : t('reminders.panel.b2c')}
      </Text>
      {reminders.items.length > 0 && (
        <Stack gap={6} data-testid="reminders-list">
          {reminders.items.map((reminder, index) => (
            <ReminderRow
              key={reminder.id}
              reminder={reminder}
              currency={invoice.currency}
              testId={`reminder-row-${index}`}
            />
          ))}
        </Stack>
      )}
      {reminders.canSendNow && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="default"
              leftSection={<IconAlarm size={18} stroke={1.6} />}
              rightSection={<IconChevronDown size={16} />}
              loading={send.isPending}
              fullWidth
              data-testid="reminders-send-now"
            >
              {t('reminders.panel.sendNow')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconMail size={16} />}
              onClick={() => sendNow('email')}
              data-testid="reminders-send-email"
            >
              {t('reminders.panel.byEmail')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconPrinter size={16} />}
              onClick={() => sendNow('post')}
              data-testid="reminders-send-post"
            >
              {t('reminders.panel.byPost')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
    </Stack>
  );
}

function ReminderRow({
  reminder,
  currency,
  testId,
}: {
  reminder: Reminder;
  currency: string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const money = (value: string) => formatMoney(value, currency, i18n.language);
  const charges = [
    Number(reminder.interest) > 0 &&
      t('reminders.panel.interest', { amount: money(reminder.interest) }),
    Number(reminder.indemnity) > 0 &&
      t('reminders.panel.indemnity', { amount: money(reminder.indemnity) }),
    Number(reminder.damages) > 0 &&
      t('reminders.panel.damages', { amount: money(reminder.damages) }),
  ].filter(Boolean);
  const status =
    reminder.status === 'failed'
      ? { color: 'red', label: t('reminders.status.failed') }
      : reminder.channel === 'post'
        ? { color: 'gray', label: t('reminders.status.post') }
        : reminder.status === 'sent'
          ? { color: 'teal', label: t('reminders.status.sent') }
          : { color: 'blue', label: t('reminders.status.queued') };
  return (
    <Paper withBorder p="xs" radius="sm" data-testid={testId}>
      <Stack gap={2}>
        <Group justify="space-between" gap={4} wrap="wrap">
          <Text size="sm" fw={500}>
            {formatDate(reminder.date, i18n.language)} · {reminder.stepName}
          </Text>
          <Badge size="sm" variant="light" color={status.color} data-testid={`${testId}-status`}>
            {status.label}
          </Badge>
        </Group>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {reminder.newDueDate
              ? t('reminders.panel.deadline', {
                  date: formatDate(reminder.newDueDate, i18n.language),
                })
              : null}
          </Text>
          <Text
            size="sm"
            style={{ fontVariantNumeric: 'tabular-nums' }}
            data-testid={`${testId}-total`}
          >
            {money(reminder.totalDue)}
          </Text>
        </Group>
        {charges.length > 0 && (
          <Text size="xs" c="dimmed">
            {charges.join(' · ')}
          </Text>
        )}
        {reminder.error && (
          <Text size="xs" c="red">
            {reminder.error}
          </Text>
        )}
        {reminder.pdfUrl && (
          <Anchor
            href={reminder.pdfUrl}
            target="_blank"
            rel="noopener"
            size="xs"
            data-testid={`${testId}-pdf`}
          >
            {t('reminders.panel.pdf')}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
