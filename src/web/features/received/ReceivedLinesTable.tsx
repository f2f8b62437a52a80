import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InboxDocument } from '../../../contract/index.js';
import { formatAmount, formatPercent } from '../../lib/format';
import { useVatCategoryLabel } from '../documents/use-vat-category-label';
import { useUnitLabels, type UnitCode } from '../products/use-product-options';

type Line = InboxDocument['lines'][number];

const NUMBER = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** The lines of a received document as the supplier wrote them. Scrolls sideways on a phone. */
export function ReceivedLinesTable({ lines, testId }: { lines: Line[]; testId: string }) {
  const { t, i18n } = useTranslation();
  const units = useUnitLabels();
  const vatLabel = useVatRateLabel();
  const unitLabel = (code: string | null) =>
    code && code in units ? units[code as UnitCode].toLowerCase() : (code ?? '');

  return (
    <Table.ScrollContainer minWidth={560} type="native">
      <Table verticalSpacing="xs" styles={{ th: { whiteSpace: 'nowrap' } }} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('received.lines.description')}</Table.Th>
            <Table.Th ta="right">{t('received.lines.quantity')}</Table.Th>
            <Table.Th ta="right">{t('received.lines.price')}</Table.Th>
            <Table.Th ta="right">{t('received.lines.vat')}</Table.Th>
            <Table.Th ta="right">{t('received.lines.net')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, index) => (
            <Table.Tr key={index} data-testid={`${testId}-row-${index}`}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {line.name}
                </Text>
                {line.description && (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                    {line.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" style={NUMBER}>
                {formatAmount(line.quantity, i18n.language)} {unitLabel(line.unitCode)}
              </Table.Td>
              <Table.Td ta="right" style={NUMBER}>
                {formatAmount(line.price, i18n.language)}
              </Table.Td>
              <Table.Td ta="right" style={NUMBER}>
                {vatLabel(line.vatCategory, line.vatRate)}
              </Table.Td>
              <Table.Td ta="right" style={NUMBER} fw={500}>
                {formatAmount(line.net, i18n.language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** `21 %` for standard-rated lines, the category in words for the others. */
export function useVatRateLabel(): (category: string, rate: string | null) => string {
  const { i18n } = useTranslation();
  const categoryLabel = useVatCategoryLabel();
  return (category, rate) =>
    category === 'S' && rate !== null
      ? formatPercent(rate, i18n.language)
      : categoryLabel(category);
}
