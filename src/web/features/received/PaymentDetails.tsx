import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../components/ui/Fact';

interface PaymentDetailsProps {
  iban: string | null;
  bic: string | null;
  /** The structured communication (+++123/4567/89012+++) when the supplier gave one. */
  structuredCommunication?: string | null;
  reference: string | null;
  terms?: string | null;
  testId: string;
}

/** How to pay the supplier: account, and the communication to put on the transfer. */
export function PaymentDetails({
  iban,
  bic,
  structuredCommunication,
  reference,
  terms,
  testId,
}: PaymentDetailsProps) {
  const { t } = useTranslation();
  const mono = (value: string): ReactNode => (
    <Text span size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
      {value}
    </Text>
  );
  const nothing = !iban && !bic && !structuredCommunication && !reference && !terms;
  return (
    <Stack gap="sm" data-testid={testId}>
      {nothing && (
        <Text size="sm" c="dimmed">
          {t('received.payment.none')}
        </Text>
      )}
      {iban && (
        <Fact label={t('received.payment.iban')} testId={`${testId}-iban`}>
          {mono(iban)}
        </Fact>
      )}
      {bic && <Fact label={t('received.payment.bic')}>{mono(bic)}</Fact>}
      {structuredCommunication ? (
        <Fact label={t('received.payment.structured')} testId={`${testId}-communication`}>
          {mono(structuredCommunication)}
        </Fact>
      ) : (
        reference && (
          <Fact label={t('received.payment.reference')} testId={`${testId}-communication`}>
            {mono(reference)}
          </Fact>
        )
      )}
      {terms && (
        <Fact label={t('received.payment.terms')}>
          <Text span size="sm" style={{ whiteSpace: 'pre-line' }}>
            {terms}
          </Text>
        </Fact>
      )}
    </Stack>
  );
}
