import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicDocument } from '../../../contract/index.js';
import { formatAmount, formatPercent } from '../../lib/format';
import { useUnitLabels, type UnitCode } from '../products/use-product-options';

type Line = PublicDocument['lines'][number];

const NUMBER = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** The lines: a table on wide screens, one block per line on a phone. */
export function PublicLines({ document }: { document: PublicDocument }) {
  const { t, i18n } = useTranslation();
  const units = useUnitLabels();
  const unit = (code: string | null) =>
    code && code in units ? units[code as UnitCode].toLowerCase() : (code ?? '');
  const discount = (line: Line) => {
    if (!line.discount) return '';
    return line.discount.type === 'percent'
      ? formatPercent(line.discount.value, i18n.language)
      : formatAmount(line.discount.value, i18n.language);
  };
  const priceHeader =
    document.priceMode === 'incl'
      ? t('documents.lines.unitPriceInclShort')
      : t('documents.lines.unitPriceExclShort');

  return (
    <>
      <Table.ScrollContainer minWidth={560} type="native" visibleFrom="sm">
        <Table verticalSpacing="xs" data-testid="public-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('documents.lines.description')}</Table.Th>
              <Table.Th ta="right">{t('documents.lines.quantityShort')}</Table.Th>
              <Table.Th ta="right">{priceHeader}</Table.Th>
              <Table.Th ta="right">{t('documents.lines.discountShort')}</Table.Th>
              <Table.Th ta="right">{t('documents.lines.vatRateShort')}</Table.Th>
              <Table.Th ta="right">{t('documents.lines.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {document.lines.map((line) =>
              line.kind === 'item' ? (
                <Table.Tr key={line.id}>
                  <Table.Td style={{ whiteSpace: 'pre-line' }}>{line.description}</Table.Td>
                  <Table.Td ta="right" style={NUMBER}>
                    {line.quantity} {unit(line.unitCode)}
                  </Table.Td>
                  <Table.Td ta="right" style={NUMBER}>
                    {formatAmount(line.unitPrice, i18n.language)}
                  </Table.Td>
                  <Table.Td ta="right" style={NUMBER}>
                    {discount(line)}
                  </Table.Td>
                  <Table.Td ta="right" style={NUMBER}>
                    {formatPercent(line.vatRate, i18n.language)}
                  </Table.Td>
                  <Table.Td ta="right" style={NUMBER} fw={500}>
                    {formatAmount(line.net, i18n.language)}
                  </Table.Td>
                </Table.Tr>
              ) : (
                <Table.Tr key={line.id} bg={line.kind === 'section' ? 'gray.0' : undefined}>
                  <Table.Td colSpan={line.kind === 'section' ? 5 : 6}>
                    <Text
                      size="sm"
                      fw={line.kind === 'section' ? 650 : undefined}
                      c={line.kind === 'text' ? 'dimmed' : undefined}
                      style={{ whiteSpace: 'pre-line' }}
                    >
                      {line.description}
                    </Text>
                  </Table.Td>
                  {line.kind === 'section' && (
                    <Table.Td ta="right" style={NUMBER}>
                      {formatAmount(line.subtotal, i18n.language)}
                    </Table.Td>
                  )}
                </Table.Tr>
              ),
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Stack gap="xs" hiddenFrom="sm" data-testid="public-lines-compact">
        {document.lines.map((line) =>
          line.kind === 'item' ? (
            <Stack
              key={line.id}
              gap={2}
              pb="xs"
              style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {line.description}
                </Text>
                <Text size="sm" fw={600} style={NUMBER}>
                  {formatAmount(line.net, i18n.language)}
                </Text>
              </Group>
              <Text size="xs" c="dimmed" style={NUMBER}>
                {line.quantity} {unit(line.unitCode)} ×{' '}
                {formatAmount(line.unitPrice, i18n.language)}
                {line.discount ? ` − ${discount(line)}` : ''} · {t('documents.lines.vatRateShort')}{' '}
                {formatPercent(line.vatRate, i18n.language)}
              </Text>
            </Stack>
          ) : (
            <Text
              key={line.id}
              size="sm"
              fw={line.kind === 'section' ? 650 : undefined}
              c={line.kind === 'text' ? 'dimmed' : undefined}
              mt={line.kind === 'section' ? 'xs' : undefined}
              style={{ whiteSpace: 'pre-line' }}
            >
              {line.description}
            </Text>
          ),
        )}
      </Stack>
    </>
  );
}
