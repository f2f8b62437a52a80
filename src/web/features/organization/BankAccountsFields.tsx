import { Grid, Radio, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  RemoveRowButton,
  RepeatableFields,
  RowHeader,
} from '../../components/form/RepeatableFields';
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
    <RepeatableFields
      items={accounts}
      empty={t('company.bank.empty')}
      max={MAX_ACCOUNTS}
      addLabel={t('company.bank.add')}
      addTestId="company-add-bank-account"
      onAdd={add}
      error={listError}
    >
      {(account, index) => (
        <>
          <RowHeader title={t('company.bank.rowTitle', { number: index + 1 })}>
            <Radio
              label={t('company.bank.default')}
              name="defaultBankAccount"
              value={account.key}
              checked={account.isDefault}
              onChange={() => setDefault(index)}
              data-testid={`company-bankDefault-${index}`}
            />
            <RemoveRowButton
              onClick={() => remove(index)}
              label={t('company.bank.remove', { number: index + 1 })}
              testId={`company-remove-bank-account-${index}`}
            />
          </RowHeader>
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
        </>
      )}
    </RepeatableFields>
  );
}
