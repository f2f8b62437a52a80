import { Badge, Group, Loader, Stack, Text, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeppolDocumentStatus, PeppolTransmissionStatus } from '../../../contract/index.js';
import { formatDateTime } from '../../lib/format';

type Transmission = NonNullable<PeppolDocumentStatus['transmission']>;

const COLORS: Record<PeppolTransmissionStatus, MantineColor> = {
  queued: 'gray',
  sent: 'blue',
  delivered: 'teal',
  failed: 'red',
};

/** Where the document is on its way to the customer, with the moments it got there. */
export function TransmissionStatus({ transmission }: { transmission: Transmission }) {
  const { t, i18n } = useTranslation();
  const labels: Record<PeppolTransmissionStatus, string> = {
    queued: t('peppol.transmission.queued'),
    sent: t('peppol.transmission.sent'),
    delivered: t('peppol.transmission.delivered'),
    failed: t('peppol.transmission.failed'),
  };
  const moment = (value: string | null) => formatDateTime(value, i18n.language);
  const waiting = transmission.status === 'queued' || transmission.status === 'sent';

  return (
    <Stack gap={4} data-testid="peppol-transmission">
      <Group gap="xs">
        <Badge
          variant="light"
          color={COLORS[transmission.status]}
          radius="sm"
          data-testid="peppol-transmission-status"
          data-status={transmission.status}
        >
          {labels[transmission.status]}
        </Badge>
        {waiting && <Loader size={14} aria-label={t('peppol.transmission.waiting')} />}
      </Group>
      <Text size="xs" c="dimmed">
        {t('peppol.transmission.queuedAt', { date: moment(transmission.queuedAt) })}
      </Text>
      {transmission.sentAt && (
        <Text size="xs" c="dimmed">
          {t('peppol.transmission.sentAt', { date: moment(transmission.sentAt) })}
        </Text>
      )}
      {transmission.deliveredAt && (
        <Text size="xs" c="dimmed">
          {t('peppol.transmission.deliveredAt', { date: moment(transmission.deliveredAt) })}
        </Text>
      )}
      {transmission.status === 'failed' && (
        <Text size="sm" c="red" data-testid="peppol-transmission-error">
          {transmission.error ?? t('peppol.transmission.failedUnknown')}
          {transmission.attempts > 1 &&
            ` ${t('peppol.transmission.attempts', { attempts: transmission.attempts })}`}
        </Text>
      )}
    </Stack>
  );
}
