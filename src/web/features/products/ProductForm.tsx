import { Stack } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../contract/index.js';
import { FormActions } from '../../components/ui/FormActions';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { showServerErrors } from '../../lib/form-errors';
import { useSaveProduct } from './api';
import { LocalizedTextFields } from './LocalizedTextFields';
import {
  emptyProductValues,
  toProductFormValues,
  toProductInput,
  validateProduct,
  type ProductFormValues,
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
  const save = useSaveProduct(product?.id ?? null);
  const form = useForm<ProductFormValues>({
    initialValues: product ? toProductFormValues(product) : emptyProductValues(),
    validate: validateProduct,
    validateInputOnBlur: true,
  });
  const dirty = form.isDirty();

  const focusFirstError = (errors: FormErrors) => {
    const first = Object.keys(errors)[0];
    if (first) form.getInputNode(first)?.focus();
  };

  const submit = form.onSubmit((values) => {
    save.mutate(toProductInput(values), {
      onSuccess: (saved) => {
        const next = toProductFormValues(saved);
        form.setInitialValues(next);
        form.setValues(next);
        form.resetDirty(next);
        onSaved(saved);
      },
      onError: (error) => focusFirstError(showServerErrors(form, error)),
    });
  }, focusFirstError);

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
          saving={save.isPending}
          saveLabel={product ? t('form.save') : t('products.create')}
          onReset={product ? form.reset : undefined}
          saveTestId="product-save"
        />
      </Stack>
    </form>
  );
}
