import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Document } from '../../../../contract/index.js';
import { formatAmount, formatPercent } from '../../../lib/format';
import { useUnitLabels, type UnitCode } from '../../products/use-product-options';

const NUMBER = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** The saved lines, read-only: sections with their subtotal, texts, items with their amounts. */
export function DocumentLinesTable({ document }: { document: Document }) {
  const { t, i18n } = useTranslation();
  const units = useUnitLabels();
  const unitLabel = (code: string | null) =>
    code && code in units ? units[code as UnitCode] : (code ?? '');
  const discountLabel = (discount: Document['lines'][number]['discount']) => {
    if (!discount) return '';
    return discount.type === 'percent'
      ? formatPercent(discount.value, i18n.language)
      : formatAmount(discount.value, i18n.language);
  };

  return (
    <Table.ScrollContainer minWidth={540} type="native">
      <Table
        verticalSpacing="xs"
        styles={{ th: { whiteSpace: 'nowrap' } }}
        data-testid="document-lines-view"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('documents.lines.description')}</Table.Th>
            <Table.Th ta="right">{t('documents.lines.quantityShort')}</Table.Th>
            <Table.Th ta="right">
              {document.priceMode === 'incl'
                ? t('documents.lines.unitPriceInclShort')
                : t('documents.lines.unitPriceExclShort')}
            </Table.Th>
            <Table.Th ta="right">{t('documents.lines.discountShort')}</Table.Th>
            <Table.Th ta="right">{t('documents.lines.vatRateShort')}</Table.Th>
            <Table.Th ta="right">{t('documents.lines.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {document.lines.map((line) => {
            if (line.kind === 'section') {
              return (
                <Table.Tr key={line.id} bg="gray.0">
                  <Table.Td colSpan={5}>
                    <Text fw={650} size="sm">
                      {line.description}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={NUMBER}>
                    <Text size="sm" c="dimmed">
                      {formatAmount(line.subtotal, i18n.language)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            }
            if (line.kind === 'text') {
              return (
                <Table.Tr key={line.id}>
                  <Table.Td colSpan={6}>
                    <Text size="sm" c="dimmed" fs="italic">
                      {line.description}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            }
            return (
              <Table.Tr key={line.id}>
                <Table.Td>
                  <Text size="sm">{line.description}</Text>
                </Table.Td>
                <Table.Td ta="right" style={NUMBER}>
                  {line.quantity} {unitLabel(line.unitCode).toLowerCase()}
                </Table.Td>
                <Table.Td ta="right" style={NUMBER}>
                  {formatAmount(line.unitPrice, i18n.language)}
                </Table.Td>
                <Table.Td ta="right" style={NUMBER}>
                  {discountLabel(line.discount)}
                </Table.Td>
                <Table.Td ta="right" style={NUMBER}>
                  {formatPercent(line.vatRate, i18n.language)}
                </Table.Td>
                <Table.Td ta="right" style={NUMBER} fw={500}>
                  {formatAmount(line.amounts?.net ?? null, i18n.language)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
