import { Alert, Divider, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent } from '../../lib/format';
import type { TotalsView } from './totals-view';
import { useVatCategoryLabel } from './use-vat-category-label';

interface TotalsPanelProps {
  /** Null while the totals cannot be computed (see `problem`). */
  totals: TotalsView | null;
  /** Why not, in words. */
  problem?: string | null;
  /** The editor's negative lines, summed (see deductionsOf): shown so none goes unnoticed. */
  deductions?: string | null;
}

const NUMBER = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** Lines total, discount, VAT per rate and the totals, as the document will print them. */
export function TotalsPanel({ totals, problem, deductions }: TotalsPanelProps) {
  const { t, i18n } = useTranslation();
  const categoryLabel = useVatCategoryLabel();
  if (!totals) {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle />}
        title={t('documents.totals.unavailable')}
        data-testid="document-totals-problem"
      >
        {problem}
      </Alert>
    );
  }
  const money = (value: string) => formatMoney(value, totals.currency, i18n.language);
  const row = (label: ReactNode, value: string, testId?: string, strong = false) => (
    <Group key={testId} justify="space-between" wrap="nowrap" gap="md">
      <Text
        size={strong ? 'md' : 'sm'}
        fw={strong ? 700 : undefined}
        c={strong ? undefined : 'dimmed'}
      >
        {label}
      </Text>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 700 : 500} style={NUMBER} data-testid={testId}>
        {value}
      </Text>
    </Group>
  );
  const hasDiscount = Number(totals.documentDiscount) !== 0;

  return (
    <Stack gap={6} data-testid="document-totals">
      {hasDiscount && (
        <>
          {row(
            totals.priceMode === 'incl'
              ? t('documents.totals.linesTotalIncl')
              : t('documents.totals.linesTotalExcl'),
            money(totals.linesTotal),
            'document-lines-total',
          )}
          {row(
            t('documents.totals.discount'),
            money(`-${totals.documentDiscount}`.replace('--', '')),
            'document-discount-total',
          )}
        </>
      )}
      {deductions &&
        row(t('documents.totals.deductions'), money(deductions), 'document-deductions-total')}
      {row(t('documents.totals.totalExcl'), money(totals.totalExcl), 'document-total-excl')}
      {totals.vatGroups.map((group) =>
        row(
          group.vatCategory === 'S'
            ? t('documents.totals.vatAt', {
                rate: formatPercent(group.vatRate, i18n.language),
                base: money(group.taxable),
              })
            : t('documents.totals.vatNone', {
                category: categoryLabel(group.vatCategory),
                base: money(group.taxable),
              }),
          money(group.vat),
          `document-vat-${group.vatCategory}-${group.vatRate}`,
        ),
      )}
      {row(t('documents.totals.totalVat'), money(totals.totalVat), 'document-total-vat')}
      <Divider my={4} />
      {row(t('documents.totals.totalIncl'), money(totals.totalIncl), 'document-total-incl', true)}
      {totals.settlement &&
        row(
          t('documents.totals.settlement', {
            days: totals.settlement.days,
            percent: formatPercent(totals.settlement.percent, i18n.language),
          }),
          money(totals.settlement.total),
          'document-total-settlement',
        )}
    </Stack>
  );
}
