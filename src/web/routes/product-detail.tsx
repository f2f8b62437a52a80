import { Badge, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DetailShell } from '../components/list/DetailShell';
import { useMe } from '../features/me/me-context';
import { productQueryOptions } from '../features/products/api';
import { DeleteProductButton } from '../features/products/DeleteProductButton';
import { ProductForm } from '../features/products/ProductForm';
import { localizedName } from '../features/products/product-name';
import { notifySuccess } from '../lib/notify';
import { usePageTitle } from '../lib/use-page-title';

const route = getRouteApi('/app/products/$productId');

export function ProductDetailPage() {
  const { t, i18n } = useTranslation();
  const { productId } = route.useParams();
  const { organization } = useMe();
  const query = useQuery(productQueryOptions(organization.id, productId));
  const name = query.data ? localizedName(query.data.name, i18n.language) : null;
  usePageTitle(name ?? t('products.title'));

  return (
    <DetailShell
      query={query}
      back={{ to: '/products', label: t('products.title') }}
      header={(product) => ({
        title: name,
        titleTestId: 'product-title',
        description: (
          <Group gap="sm">
            <Text component="span" ff="monospace">
              {product.code}
            </Text>
            {!product.active && (
              <Badge size="sm" variant="outline" color="gray">
                {t('products.inactive')}
              </Badge>
            )}
          </Group>
        ),
        actions: <DeleteProductButton product={product} />,
      })}
    >
      {(product) => (
        <ProductForm
          key={product.id}
          product={product}
          onSaved={(saved) =>
            notifySuccess(t('products.saved', { name: localizedName(saved.name, i18n.language) }))
          }
        />
      )}
    </DetailShell>
  );
}
