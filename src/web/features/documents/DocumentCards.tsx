import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../contract/index.js';
import { formatDate, formatMoney } from '../../lib/format';
import { ConvertedToLink } from './ConvertedToLink';
import { DocumentNumberLink } from './DocumentLink';
import { StatusBadge } from './StatusBadge';
import { useOpenDocument } from './use-open-document';

const AMOUNT = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/**
 * The list on a phone: one compact block per document with what matters at a glance (number,
 * customer, amount, status), where a table would hide the amount and status off to the right.
 */
export function DocumentCards({
  documents,
  stale,
  testIdPrefix,
}: {
  documents: DocumentSummary[];
  stale: boolean;
  testIdPrefix: string;
}) {
  const { i18n } = useTranslation();
  const open = useOpenDocument();
  return (
    <Stack
      gap={0}
      style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}
      data-testid={`${testIdPrefix}-cards`}
    >
      {documents.map((document, index) => (
        <UnstyledButton
          key={document.id}
          component="div"
          // The number inside is the real link (keyboard, new tab); the rest of the block opens too.
          onClick={(event) => {
            if (event.target instanceof Element && event.target.closest('a')) return;
            void open(document);
          }}
          py="sm"
          px="xs"
          style={{
            cursor: 'pointer',
            borderTop: index === 0 ? undefined : '1px solid var(--mantine-color-default-border)',
          }}
          data-testid={`${testIdPrefix}-card-${index}`}
        >
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <DocumentNumberLink
              type={document.type}
              id={document.id}
              number={document.numberFormatted}
              testId={`${testIdPrefix}-card-${index}-number`}
            />
            <Text
              size="sm"
              fw={700}
              style={AMOUNT}
              data-testid={`${testIdPrefix}-card-${index}-amount`}
            >
              {formatMoney(document.totalIncl, document.currency, i18n.language)}
            </Text>
          </Group>
          <Group justify="space-between" gap="xs" wrap="nowrap" mt={4}>
            <Stack gap={0} miw={0}>
              <Text size="sm" truncate data-testid={`${testIdPrefix}-card-${index}-customer`}>
                {document.customerName}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDate(document.issueDate, i18n.language)}
              </Text>
            </Stack>
            <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
              <StatusBadge
                status={document.displayStatus}
                testId={`${testIdPrefix}-card-${index}-status`}
              />
              <ConvertedToLink
                convertedTo={document.convertedTo}
                testId={`${testIdPrefix}-card-${index}-converted`}
              />
            </Stack>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
