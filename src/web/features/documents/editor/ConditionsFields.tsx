import { Input, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DocumentType } from '../../../../contract/index.js';
import { DecimalInput } from '../../../components/ui/DecimalInput';
import {
  useDocumentLanguageOptions,
  useVatRegimeOptions,
} from '../../customers/use-customer-options';
import { useMe } from '../../me/me-context';
import { journalsQueryOptions } from '../../numbering/api';
import type { DocumentForm } from './document-form';
import { DiscountInputs, PriceModeInput } from './PricingInputs';
import type { EditorContext } from './use-editor-context';

interface ConditionsFieldsProps {
  type: DocumentType;
  form: DocumentForm;
  context: EditorContext;
  currency: string;
}

/** How the document is priced and taxed, its discounts, its journal and language. */
export function ConditionsFields({ type, form, context, currency }: ConditionsFieldsProps) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const regimes = useVatRegimeOptions();
  const languages = useDocumentLanguageOptions();
  const journals = useQuery(journalsQueryOptions(organization.id)).data ?? [];
  const ownJournals = journals.filter((journal) => journal.documentType === type);
  const notLiable = context.organizationRegime !== 'liable';

  return (
    <Stack gap="md">
      <PriceModeInput
        id="document-price-mode-label"
        testId="document-priceMode"
        inputProps={form.getInputProps('priceMode')}
      />
      <Select
        label={t('documents.fields.vatRegime')}
        data={regimes}
        allowDeselect={false}
        value={context.regime}
        onChange={(regime) => form.setFieldValue('vatRegime', regime)}
        error={form.errors.vatRegime}
        description={notLiable ? t('documents.fields.vatRegimeNotLiable') : null}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        disabled={notLiable}
        data-testid="document-vatRegime"
      />
      {context.regime === 'exempt' && !notLiable && (
        <TextInput
          label={t('customers.fields.vatExemptionReason')}
          description={t('customers.fields.vatExemptionReasonHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data-testid="document-vatExemptionReason"
          {...form.getInputProps('vatExemptionReason')}
        />
      )}
      <DiscountInputs
        currency={currency}
        typeProps={form.getInputProps('discountType')}
        valueProps={form.getInputProps('discountValue')}
        testIdPrefix="document"
      />
      <div>
        <Input.Label component="div">{t('documents.fields.settlement')}</Input.Label>
        <Text size="xs" c="dimmed" mb={4}>
          {t('documents.fields.settlementHint')}
        </Text>
        <SimpleGrid cols={2} spacing="xs">
          <DecimalInput
            aria-label={t('documents.fields.settlementPercent')}
            placeholder="2"
            rightSection="%"
            data-testid="document-settlementPercent"
            {...form.getInputProps('settlementPercent')}
          />
          <NumberInput
            aria-label={t('documents.fields.settlementDays')}
            placeholder="8"
            rightSection={
              <Text size="xs" c="dimmed" pr={6}>
                {t('documents.fields.days')}
              </Text>
            }
            rightSectionWidth={48}
            min={1}
            max={365}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            data-testid="document-settlementDays"
            {...form.getInputProps('settlementDays')}
          />
        </SimpleGrid>
      </div>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Select
          label={t('documents.fields.language')}
          data={languages}
          allowDeselect={false}
          value={context.language}
          onChange={(language) => form.setFieldValue('language', language)}
          data-testid="document-language"
        />
        {ownJournals.length > 0 && (
          <Select
            label={t('documents.fields.journal')}
            data={ownJournals.map((journal) => ({ value: journal.id, label: journal.name }))}
            allowDeselect={false}
            value={
              form.values.journalId ?? ownJournals.find((journal) => journal.isDefault)?.id ?? null
            }
            onChange={(journalId) => form.setFieldValue('journalId', journalId)}
            error={form.errors.journalId}
            data-testid="document-journal"
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
