import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../contract/index.js';
import { useFormPage } from '../../components/form/use-form-page';
import { FormActions } from '../../components/ui/FormActions';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { useSaveProduct } from './api';
import { LocalizedTextFields } from './LocalizedTextFields';
import {
  emptyProductValues,
  toProductFormValues,
  toProductInput,
  validateProduct,
} from './product-form-values';
import { ProductGeneralFields } from './ProductGeneralFields';
import { ProductPricingFields } from './ProductPricingFields';

interface ProductFormProps {
  /** Absent for a new product. */
  product?: Product;
  onSaved: (product: Product) => void;
}

export function ProductForm({ product, onSaved }: ProductFormProps) {
  const { t } = useTranslation();
  const { form, submit, dirty, saving } = useFormPage({
    initialValues: product ? toProductFormValues(product) : emptyProductValues(),
    validate: validateProduct,
    toValues: toProductFormValues,
    toInput: toProductInput,
    save: useSaveProduct(product?.id ?? null),
    onSaved,
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <SettingsSection
          title={t('products.sections.general')}
          description={t('products.sections.generalText')}
        >
          <ProductGeneralFields form={form} />
        </SettingsSection>
        <SettingsSection
          title={t('products.sections.texts')}
          description={t('products.sections.textsText')}
        >
          <LocalizedTextFields form={form} />
        </SettingsSection>
        <SettingsSection
          title={t('products.sections.pricing')}
          description={t('products.sections.pricingText')}
        >
          <ProductPricingFields form={form} />
        </SettingsSection>
        <FormActions
          dirty={dirty}
          saving={saving}
          saveLabel={product ? t('form.save') : t('products.create')}
          onReset={product ? form.reset : undefined}
          saveTestId="product-save"
        />
      </Stack>
    </form>
  );
}
