import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InboxDocument } from '../../../contract/index.js';
import { formatMoney } from '../../lib/format';
import { useVatRateLabel } from './ReceivedLinesTable';

type VatLine = InboxDocument['vatBreakdown'][number];

const NUMBER = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** VAT per rate or category, with the exemption reason the supplier gave. */
export function ReceivedVatTable({
  breakdown,
  currency,
  testId,
}: {
  breakdown: VatLine[];
  currency: string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const vatLabel = useVatRateLabel();
  const money = (value: string) => formatMoney(value, currency, i18n.language);
  return (
    <Table.ScrollContainer minWidth={300} type="native">
      <Table verticalSpacing={6} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('received.vat.rate')}</Table.Th>
            <Table.Th ta="right">{t('received.vat.taxable')}</Table.Th>
            <Table.Th ta="right">{t('received.vat.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {breakdown.map((line, index) => (
            <Table.Tr key={index}>
              <Table.Td>
                <Text size="sm">{vatLabel(line.category, line.rate)}</Text>
                {line.exemptionReason && (
                  <Text size="xs" c="dimmed">
                    {line.exemptionReason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" style={NUMBER}>
                {money(line.taxable)}
              </Table.Td>
              <Table.Td ta="right" style={NUMBER}>
                {money(line.vat)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
