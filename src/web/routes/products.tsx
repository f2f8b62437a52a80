import { Button, Group, Stack } from '@mantine/core';
import { IconCategory, IconPlus } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/ui/PageHeader';
import { ProductList } from '../features/products/ProductList';
import type { ProductSearch } from '../features/products/product-search';
import { usePageTitle } from '../lib/use-page-title';

const route = getRouteApi('/app/products');

export function ProductsPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.products'));
  const search = route.useSearch();
  const navigate = route.useNavigate();

  // Any change but a page change starts again from page 1; typing replaces the history entry.
  const onChange = (patch: Partial<ProductSearch>) =>
    void navigate({
      search: (previous) => ({ ...previous, page: undefined, ...patch }),
      replace: 'q' in patch,
    });

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('products.title')}
        description={t('products.subtitle')}
        titleTestId="products-title"
        actions={
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconCategory size={18} stroke={1.6} />}
              renderRoot={(props) => <Link to="/products/groups" {...props} />}
              data-testid="products-groups"
            >
              {t('productGroups.title')}
            </Button>
            <Button
              leftSection={<IconPlus size={18} />}
              renderRoot={(props) => <Link to="/products/new" {...props} />}
              data-testid="products-new"
            >
              {t('products.new')}
            </Button>
          </Group>
        }
      />
      <ProductList search={search} onChange={onChange} />
    </Stack>
  );
}
