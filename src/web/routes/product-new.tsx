import { Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../components/ui/BackLink';
import { PageHeader } from '../components/ui/PageHeader';
import { ProductForm } from '../features/products/ProductForm';
import { localizedName } from '../features/products/product-name';
import { notifySuccess } from '../lib/notify';
import { usePageTitle } from '../lib/use-page-title';

export function NewProductPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('products.newTitle'));
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <BackLink to="/products">{t('products.title')}</BackLink>
        <PageHeader title={t('products.newTitle')} titleTestId="product-title" />
      </Stack>
      <ProductForm
        onSaved={(product) => {
          notifySuccess(
            t('products.created', { name: localizedName(product.name, i18n.language) }),
          );
          void navigate({
            to: '/products/$productId',
            params: { productId: product.id },
            replace: true,
          });
        }}
      />
    </Stack>
  );
}
