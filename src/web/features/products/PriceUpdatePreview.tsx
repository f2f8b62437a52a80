import { Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PriceUpdateResult } from '../../../contract/index.js';
import { formatAmount } from '../../lib/format';

/** Old → new price of every product the change would touch. */
export function PriceUpdatePreview({ items }: { items: PriceUpdateResult['items'] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="price-update-nothing">
        {t('products.priceUpdate.nothing')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={420} maxHeight={320} type="native">
      <Table stickyHeader verticalSpacing={6} fz="sm" data-testid="price-update-preview-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('products.columns.code')}</Table.Th>
            <Table.Th>{t('products.columns.name')}</Table.Th>
            <Table.Th ta="right">{t('products.priceUpdate.oldPrice')}</Table.Th>
            <Table.Th w={24} />
            <Table.Th ta="right">{t('products.priceUpdate.newPrice')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
          {items.map((item, index) => (
            <Table.Tr key={item.id} data-testid={`price-update-row-${index}`}>
              <Table.Td ff="monospace">{item.code}</Table.Td>
              <Table.Td>{item.name}</Table.Td>
              <Table.Td ta="right" c="dimmed">
                {formatAmount(item.oldPrice, i18n.language)}
              </Table.Td>
              <Table.Td>
                <IconArrowRight size={14} stroke={1.6} aria-hidden />
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatAmount(item.newPrice, i18n.language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
