import {
  ActionIcon,
  Button,
  Grid,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CompanyForm } from './company-form';
import { newBankAccount } from './company-form-values';

/** The contract caps the list at 10 accounts. */
const MAX_ACCOUNTS = 10;

export function BankAccountsFields({ form }: { form: CompanyForm }) {
  const { t } = useTranslation();
  const accounts = form.values.bankAccounts;
  const listError = form.errors.bankAccounts;

  // Exactly one default whenever there is an account: what users expect, and what the
  // server accepts (it refuses two defaults).
  const setDefault = (index: number) =>
    form.setFieldValue(
      'bankAccounts',
      accounts.map((account, i) => ({ ...account, isDefault: i === index })),
    );
  const add = () => form.insertListItem('bankAccounts', newBankAccount(accounts.length === 0));
  const remove = (index: number) => {
    const rest = accounts.filter((_, i) => i !== index);
    const hasDefault = rest.some((account) => account.isDefault);
    form.setFieldValue(
      'bankAccounts',
      hasDefault ? rest : rest.map((account, i) => ({ ...account, isDefault: i === 0 })),
    );
  };

  return (
    <Stack gap="md">
      {accounts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('company.bank.empty')}
        </Text>
      )}
      {accounts.map((account, index) => (
        <Paper key={account.key} withBorder p="md" bg="gray.0">
          <Group justify="space-between" mb="sm" wrap="nowrap">
            <Text fw={600} size="sm">
              {t('company.bank.rowTitle', { number: index + 1 })}
            </Text>
            <Group gap="md" wrap="nowrap">
              <Radio
                label={t('company.bank.default')}
                name="defaultBankAccount"
                value={account.key}
                checked={account.isDefault}
                onChange={() => setDefault(index)}
                data-testid={`company-bankDefault-${index}`}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={() => remove(index)}
                aria-label={t('company.bank.remove', { number: index + 1 })}
                data-testid={`company-remove-bank-account-${index}`}
              >
                <IconTrash size={18} stroke={1.6} />
              </ActionIcon>
            </Group>
          </Group>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput
                label={t('company.bank.iban')}
                required
                autoComplete="off"
                spellCheck={false}
                data-testid={`company-iban-${index}`}
                {...form.getInputProps(`bankAccounts.${index}.iban`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <TextInput
                label={t('company.bank.bic')}
                autoComplete="off"
                spellCheck={false}
                data-testid={`company-bic-${index}`}
                {...form.getInputProps(`bankAccounts.${index}.bic`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label={t('company.bank.label')}
                placeholder={t('company.bank.labelPlaceholder')}
                data-testid={`company-bankLabel-${index}`}
                {...form.getInputProps(`bankAccounts.${index}.label`)}
              />
            </Grid.Col>
          </Grid>
        </Paper>
      ))}
      {listError && (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          onClick={add}
          disabled={accounts.length >= MAX_ACCOUNTS}
          data-testid="company-add-bank-account"
        >
          {t('company.bank.add')}
        </Button>
      </Group>
    </Stack>
  );
}
