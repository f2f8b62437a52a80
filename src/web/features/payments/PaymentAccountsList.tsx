import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconBuildingBank, IconCash, IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentAccount } from '../../../contract/index.js';
import { LoadError } from '../../components/ui/LoadError';
import { formatMoney } from '../../lib/format';
import { useMe } from '../me/me-context';
import { organizationQueryOptions } from '../organization/api';
import { paymentAccountsQueryOptions } from './api';
import { PaymentAccountModal } from './PaymentAccountModal';

/** IBANs are easier to check in groups of four. */
const groupIban = (iban: string) => iban.replace(/(.{4})/g, '$1 ').trim();

/** Bank accounts and cash books, with what was received on each. */
export function PaymentAccountsList() {
  const { t, i18n } = useTranslation();
  const { organization } = useMe();
  const accounts = useQuery(paymentAccountsQueryOptions(organization.id));
  const currency = useQuery(organizationQueryOptions(organization.id)).data?.currency ?? 'EUR';
  // `null` closed, `'new'` adding, else the account being edited.
  const [editing, setEditing] = useState<PaymentAccount | 'new' | null>(null);

  return (
    <Stack gap="md" component="section">
      <Group justify="space-between">
        <Title order={2} fz="lg">
          {t('payments.accounts.title')}
        </Title>
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          onClick={() => setEditing('new')}
          data-testid="account-new"
        >
          {t('payments.accounts.new')}
        </Button>
      </Group>
      {accounts.isError ? (
        <LoadError error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          {accounts.isPending && <Skeleton h={112} radius="md" />}
          {accounts.data?.map((account, index) => (
            <Card key={account.id} padding="md" data-testid={`account-${index}`}>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Group gap="sm" wrap="nowrap" miw={0}>
                  <ThemeIcon
                    size={36}
                    radius="md"
                    variant="light"
                    color={account.kind === 'bank' ? 'brand' : 'teal'}
                  >
                    {account.kind === 'bank' ? (
                      <IconBuildingBank size={20} stroke={1.6} />
                    ) : (
                      <IconCash size={20} stroke={1.6} />
                    )}
                  </ThemeIcon>
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600} truncate>
                      {account.name}
                    </Text>
                    <Text size="xs" c="dimmed" ff={account.iban ? 'monospace' : undefined} truncate>
                      {account.iban ? groupIban(account.iban) : t('payments.accounts.kinds.cash')}
                    </Text>
                  </div>
                </Group>
                <Tooltip label={t('payments.accounts.edit')} openDelay={400}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    onClick={() => setEditing(account)}
                    aria-label={t('payments.accounts.editLabel', { name: account.name })}
                    data-testid={`account-edit-${index}`}
                  >
                    <IconPencil size={16} stroke={1.6} />
                  </ActionIcon>
                </Tooltip>
              </Group>
              <Group justify="space-between" align="flex-end" mt="md">
                <div>
                  <Text size="xs" c="dimmed">
                    {t('payments.accounts.balance')}
                  </Text>
                  <Text
                    fw={700}
                    fz="lg"
                    style={{ fontVariantNumeric: 'tabular-nums' }}
                    data-testid={`account-balance-${index}`}
                  >
                    {formatMoney(account.balance, currency, i18n.language)}
                  </Text>
                </div>
                {!account.active && (
                  <Badge variant="light" color="gray">
                    {t('payments.accounts.inactive')}
                  </Badge>
                )}
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {editing !== null && (
        <PaymentAccountModal
          account={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
