import { Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProductGroup } from '../../../contract/index.js';
import { trimDecimal } from '../../lib/decimal';
import type { ProductForm } from './product-form';
import { ProductGroupSelect } from './ProductGroupSelect';
import { setCostField } from './pricing';
import { useUnitOptions, type UnitCode } from './use-product-options';

export function ProductGeneralFields({ form }: { form: ProductForm }) {
  const { t } = useTranslation();
  const units = useUnitOptions();

  // A group's usual margin fills in an empty margin, which in turn may propose a price.
  const onGroupChosen = (group: ProductGroup) => {
    if (group.defaultMarginPercent && form.values.marginPercent.trim() === '') {
      setCostField(form, 'marginPercent', trimDecimal(group.defaultMarginPercent, 0));
    }
  };

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('products.fields.code')}
          description={t('products.fields.codeHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required
          spellCheck={false}
          autoComplete="off"
          data-testid="product-code"
          {...form.getInputProps('code')}
        />
        <TextInput
          label={t('products.fields.ean')}
          description={t('products.fields.eanHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          inputMode="numeric"
          maxLength={14}
          autoComplete="off"
          data-testid="product-ean"
          {...form.getInputProps('ean')}
        />
        <ProductGroupSelect form={form} onGroupChosen={onGroupChosen} />
        <Select<UnitCode>
          label={t('products.fields.unit')}
          data={units}
          allowDeselect={false}
          searchable
          required
          data-testid="product-unitCode"
          {...form.getInputProps('unitCode')}
        />
      </SimpleGrid>
      <Switch
        label={t('products.fields.active')}
        description={t('products.fields.activeHint')}
        data-testid="product-active"
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
    </Stack>
  );
}
