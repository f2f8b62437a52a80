import { Group, Paper, SimpleGrid, Skeleton, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconClockHour4 } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/format';
import { useMe } from '../me/me-context';
import { organizationQueryOptions } from '../organization/api';
import { invoiceBalanceQueryOptions } from './api';

interface BalanceSummaryProps {
  /** Shows the matching invoices; absent, the figures are not clickable. */
  onFilter?: (status: 'unpaid' | 'overdue') => void;
  /** One customer's balance instead of the whole organization's. */
  customerId?: string;
}

/** What customers still owe, and how much of it is late. */
export function BalanceSummary({ onFilter, customerId }: BalanceSummaryProps) {
  const { t, i18n } = useTranslation();
  const { organization } = useMe();
  const balance = useQuery(invoiceBalanceQueryOptions(organization.id, customerId));
  const currency = useQuery(organizationQueryOptions(organization.id)).data?.currency ?? 'EUR';
  if (balance.isError) return null;

  const tile = (
    status: 'unpaid' | 'overdue',
    label: string,
    icon: ReactNode,
    color: string,
    figures: { count: number; openBalance: string } | undefined,
  ) => {
    const content = (
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} h="100%">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={40} radius="md" variant="light" color={color} visibleFrom="xs">
            {icon}
          </ThemeIcon>
          <div style={{ minWidth: 0 }}>
            <Text size="sm" c="dimmed">
              {label}
            </Text>
            {figures ? (
              <>
                <Text
                  fz={{ base: 'lg', sm: 22 }}
                  fw={700}
                  lh={1.3}
                  style={{ fontVariantNumeric: 'tabular-nums' }}
                  data-testid={`balance-${status}`}
                >
                  {formatMoney(figures.openBalance, currency, i18n.language)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('payments.balance.count', { count: figures.count })}
                </Text>
              </>
            ) : (
              <Skeleton h={44} w={140} mt={4} />
            )}
          </div>
        </Group>
      </Paper>
    );
    return onFilter ? (
      <UnstyledButton
        key={status}
        onClick={() => onFilter(status)}
        data-testid={`balance-${status}-filter`}
      >
        {content}
      </UnstyledButton>
    ) : (
      <div key={status}>{content}</div>
    );
  };

  return (
    <SimpleGrid cols={2} spacing={{ base: 'xs', sm: 'md' }} data-testid="invoice-balance">
      {tile(
        'unpaid',
        t('payments.balance.unpaid'),
        <IconClockHour4 size={22} stroke={1.6} />,
        'brand',
        balance.data?.unpaid,
      )}
      {tile(
        'overdue',
        t('payments.balance.overdue'),
        <IconAlertTriangle size={22} stroke={1.6} />,
        'red',
        balance.data?.overdue,
      )}
    </SimpleGrid>
  );
}
