import { Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Document } from '../../../../contract/index.js';
import { formatMoney } from '../../../lib/format';

/** The amount at a glance: total, and for an invoice what is paid and still open. */
export function AmountCard({ document }: { document: Document }) {
  const { t, i18n } = useTranslation();
  const money = (value: string) => formatMoney(value, document.currency, i18n.language);
  const invoice = document.type === 'invoice' && document.status !== 'draft';
  const overdue = document.displayStatus === 'overdue';
  return (
    <Paper withBorder p="md" data-testid="document-amounts">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('documents.totals.totalIncl')}
        </Text>
        <Text fz={28} fw={750} lh={1.1} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {money(document.totals.totalIncl)}
        </Text>
        {invoice && (
          <>
            <Divider my={4} />
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {t('documents.amounts.paid')}
              </Text>
              <Text size="sm" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {money(document.amountPaid)}
              </Text>
            </Group>
            <Group justify="space-between">
              <Text size="sm" fw={600}>
                {t('documents.amounts.open')}
              </Text>
              <Text
                fw={700}
                c={overdue ? 'red' : Number(document.openBalance) <= 0 ? 'teal' : undefined}
                style={{ fontVariantNumeric: 'tabular-nums' }}
                data-testid="document-open-balance"
              >
                {money(document.openBalance)}
              </Text>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
