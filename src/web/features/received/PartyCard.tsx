import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FactLabel } from '../../components/ui/Fact';
import type { InboxDocument } from '../../../contract/index.js';

type Party = InboxDocument['seller'];

/** A seller or buyer as the received document names it. */
export function PartyCard({
  label,
  party,
  testId,
  name,
}: {
  label: string;
  party: Party;
  testId: string;
  /** The name, when it should be a link. */
  name?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} data-testid={testId}>
      <FactLabel>{label}</FactLabel>
      <Text fw={600} data-testid={`${testId}-name`}>
        {name ?? party.name}
      </Text>
      {party.addressLines.map((line, index) => (
        <Text size="sm" key={index}>
          {line}
        </Text>
      ))}
      {party.vatNumber && (
        <Text size="sm" c="dimmed">
          {t('received.party.vatNumber', { number: party.vatNumber })}
        </Text>
      )}
      {party.enterpriseNumber && (
        <Text size="sm" c="dimmed">
          {t('received.party.enterpriseNumber', { number: party.enterpriseNumber })}
        </Text>
      )}
      {party.endpoint && (
        <Text size="sm" c="dimmed">
          {t('received.party.peppolId', { id: party.endpoint })}
        </Text>
      )}
      {party.email && (
        <Text size="sm" c="dimmed">
          {party.email}
        </Text>
      )}
    </Stack>
  );
}
