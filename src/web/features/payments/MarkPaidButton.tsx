import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Document, PaymentAccount } from '../../../contract/index.js';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useMarkPaid } from './api';

interface MarkPaidButtonProps {
  invoice: Document;
  /** Active accounts, the default (first bank account) first. */
  accounts: PaymentAccount[];
}

/** One click records the whole open balance on the default account; the arrow picks another. */
export function MarkPaidButton({ invoice, accounts }: MarkPaidButtonProps) {
  const { t } = useTranslation();
  const markPaid = useMarkPaid(invoice.id);
  const [first] = accounts;
  if (!first) return null;

  const pay = (account: PaymentAccount) =>
    markPaid.mutate(
      { paymentAccountId: account.id },
      {
        onSuccess: () => notifySuccess(t('payments.markedPaid', { account: account.name })),
        onError: notifyError,
      },
    );

  return (
    <Group gap={0} wrap="nowrap">
      <Button
        variant="light"
        color="teal"
        leftSection={<IconCheck size={18} stroke={1.6} />}
        onClick={() => pay(first)}
        loading={markPaid.isPending}
        title={t('payments.markPaidOn', { account: first.name })}
        style={
          accounts.length > 1 ? { borderTopRightRadius: 0, borderBottomRightRadius: 0 } : undefined
        }
        data-testid="payment-mark-paid"
      >
        {t('payments.markPaid')}
      </Button>
      {accounts.length > 1 && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="light"
              color="teal"
              size={36}
              aria-label={t('payments.markPaidChoose')}
              style={{
                borderTopLeftRadius: 0,
                borderBottomLeftRadius: 0,
                borderLeft: '1px solid var(--mantine-color-teal-2)',
              }}
              data-testid="payment-mark-paid-choose"
            >
              <IconChevronDown size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('payments.markPaidChoose')}</Menu.Label>
            {accounts.map((account) => (
              <Menu.Item key={account.id} onClick={() => pay(account)}>
                {account.name}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  );
}
