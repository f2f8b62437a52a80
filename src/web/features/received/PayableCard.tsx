import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../lib/format';

interface PayableCardProps {
  amount: string;
  currency: string;
  dueDate: string | null;
  testId: string;
}

/** What the supplier asks for, and by when, at a glance. */
export function PayableCard({ amount, currency, dueDate, testId }: PayableCardProps) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {t('received.totals.payable')}
      </Text>
      <Text
        fz={28}
        fw={750}
        lh={1.1}
        style={{ fontVariantNumeric: 'tabular-nums' }}
        data-testid={`${testId}-payable`}
      >
        {formatMoney(amount, currency, i18n.language)}
      </Text>
      {dueDate && (
        <Text size="sm" c="dimmed" mt={4}>
          {t('received.dueOn', { date: formatDate(dueDate, i18n.language) })}
        </Text>
      )}
    </Paper>
  );
}
