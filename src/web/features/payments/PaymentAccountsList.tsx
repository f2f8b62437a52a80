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
import { IconBuildingBank, IconCash, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentAccount } from '../../../contract/index.js';
import { ConfirmModal } from '../../components/ui/ConfirmModal';
import { LoadError } from '../../components/ui/LoadError';
import { formatMoney } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useMe } from '../me/me-context';
import { organizationQueryOptions } from '../organization/api';
import { paymentAccountsQueryOptions, useDeletePaymentAccount } from './api';
import { PaymentAccountModal } from './PaymentAccountModal';

/** IBANs are easier to check in groups of four. */
const groupIban = (iban: string) => iban.replace(/(.{4})/g, '$1 ').trim();

/**
 * The company's accounts (bank and cash; the company settings edit the same list), in their
 * order on documents, with what was received on each.
 */
export function PaymentAccountsList() {
  const { t, i18n } = useTranslation();
  const { organization } = useMe();
  const accounts = useQuery(paymentAccountsQueryOptions(organization.id));
  const currency = useQuery(organizationQueryOptions(organization.id)).data?.currency ?? 'EUR';
  // `null` closed, `'new'` adding, else the account being edited.
  const [editing, setEditing] = useState<PaymentAccount | 'new' | null>(null);
  const [deleting, setDeleting] = useState<PaymentAccount | null>(null);
  const remove = useDeletePaymentAccount();

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
                <Group gap={4} wrap="nowrap">
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
                  <Tooltip
                    label={
                      account.used ? t('payments.accounts.usedHint') : t('payments.accounts.delete')
                    }
                    openDelay={400}
                  >
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={account.used}
                      onClick={() => setDeleting(account)}
                      aria-label={t('payments.accounts.deleteLabel', { name: account.name })}
                      data-testid={`account-delete-${index}`}
                    >
                      <IconTrash size={16} stroke={1.6} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
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
                <Group gap={4} justify="flex-end">
                  {account.isDefault && (
                    <Badge variant="light" data-testid={`account-default-${index}`}>
                      {t('payments.accounts.defaultBadge')}
                    </Badge>
                  )}
                  {account.onDocuments && !account.isDefault && (
                    <Badge variant="light" color="gray">
                      {t('payments.accounts.onDocumentsBadge')}
                    </Badge>
                  )}
                  {!account.active && (
                    <Badge variant="light" color="gray">
                      {t('payments.accounts.inactive')}
                    </Badge>
                  )}
                </Group>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('payments.accounts.delete')}
        confirmLabel={t('payments.accounts.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting, {
            onSuccess: () => {
              notifySuccess(t('payments.accounts.deleted', { name: deleting.name }));
              setDeleting(null);
            },
            onError: (error) => {
              notifyError(error);
              setDeleting(null);
            },
          })
        }
      >
        <Text size="sm">
          {t('payments.accounts.deleteConfirm', { name: deleting?.name ?? '' })}
        </Text>
      </ConfirmModal>
      {editing !== null && (
        <PaymentAccountModal
          account={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
