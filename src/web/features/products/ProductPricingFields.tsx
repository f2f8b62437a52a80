import { Anchor, Group, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../components/ui/DecimalInput';
import { otherSidePrice, sameAmount } from '../../lib/decimal';
import { formatAmount, formatPercent } from '../../lib/format';
import type { ProductForm } from './product-form';
import { setCostField, suggestedPrice } from './pricing';
import { useVatRateOptions, type VatRate } from './use-product-options';

export function ProductPricingFields({ form }: { form: ProductForm }) {
  const { t, i18n } = useTranslation();
  const vatRates = useVatRateOptions();
  const { values } = form;
  const suggestion = suggestedPrice(values);
  const other = otherSidePrice(values.price, values.vatRate, values.priceMode);
  const incl = values.priceMode === 'incl';

  const costProps = (field: 'purchasePrice' | 'marginPercent') => ({
    ...form.getInputProps(field),
    onChange: (value: string) => setCostField(form, field, value),
  });

  return (
    <Stack gap="md">
      <SegmentedControl
        maw={360}
        fullWidth
        aria-label={t('products.fields.priceMode')}
        data={[
          { value: 'excl', label: t('products.priceModes.excl') },
          { value: 'incl', label: t('products.priceModes.incl') },
        ]}
        data-testid="product-priceMode"
        {...form.getInputProps('priceMode')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DecimalInput
          label={incl ? t('products.fields.priceIncl') : t('products.fields.priceExcl')}
          required
          description={
            other === null
              ? undefined
              : incl
                ? t('products.fields.equalsExcl', { amount: formatAmount(other, i18n.language) })
                : t('products.fields.equalsIncl', { amount: formatAmount(other, i18n.language) })
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data-testid="product-price"
          {...form.getInputProps('price')}
        />
        <Select<VatRate>
          label={t('products.fields.vatRate')}
          data={vatRates}
          allowDeselect={false}
          required
          data-testid="product-vatRate"
          {...form.getInputProps('vatRate')}
        />
        <DecimalInput
          label={t('products.fields.purchasePrice')}
          description={t('products.fields.purchasePriceHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data-testid="product-purchasePrice"
          {...costProps('purchasePrice')}
        />
        <DecimalInput
          label={t('products.fields.marginPercent')}
          description={t('products.fields.marginHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          rightSection="%"
          data-testid="product-marginPercent"
          {...costProps('marginPercent')}
        />
      </SimpleGrid>
      {suggestion && !sameAmount(suggestion, values.price) && (
        <Group gap="xs" data-testid="product-suggested-price">
          <Text size="sm" c="dimmed">
            {t('products.fields.suggestion', {
              amount: formatAmount(suggestion, i18n.language),
              margin: formatPercent(values.marginPercent, i18n.language),
            })}
          </Text>
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => form.setFieldValue('price', suggestion)}
            data-testid="product-use-suggested-price"
          >
            {t('products.fields.useSuggestion')}
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}
