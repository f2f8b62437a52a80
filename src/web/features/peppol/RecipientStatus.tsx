import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeppolDocumentStatus } from '../../../contract/index.js';

type Recipient = Pick<PeppolDocumentStatus, 'recipientId' | 'recipientReachable'>;

/** Whether the customer can receive on PEPPOL, and at which address. */
export function RecipientStatus({ recipientId, recipientReachable }: Recipient) {
  const { t } = useTranslation();
  if (!recipientId) {
    return (
      <Text size="sm" c="dimmed" data-testid="peppol-recipient" data-reachable="none">
        {t('peppol.recipient.none')}
      </Text>
    );
  }
  const badge =
    recipientReachable === true ? (
      <Badge variant="light" color="teal" radius="sm">
        {t('peppol.recipient.reachable')}
      </Badge>
    ) : recipientReachable === false ? (
      <Badge variant="light" color="orange" radius="sm">
        {t('peppol.recipient.unreachable')}
      </Badge>
    ) : (
      <Badge variant="light" color="gray" radius="sm">
        {t('peppol.recipient.unknown')}
      </Badge>
    );
  return (
    <Stack
      gap={4}
      data-testid="peppol-recipient"
      data-reachable={recipientReachable === null ? 'unknown' : String(recipientReachable)}
    >
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('peppol.recipient.label')}
        </Text>
        {badge}
      </Group>
      <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {recipientId}
      </Text>
      {recipientReachable === false && (
        <Text size="xs" c="dimmed">
          {t('peppol.recipient.unreachableHint')}
        </Text>
      )}
    </Stack>
  );
}
