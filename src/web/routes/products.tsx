import { Button, Group, Stack } from '@mantine/core';
import { IconCategory } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NewButton } from '../components/list/NewButton';
import { useListPage } from '../components/list/use-list-page';
import { PageHeader } from '../components/ui/PageHeader';
import { ProductList } from '../features/products/ProductList';
import { usePageTitle } from '../lib/use-page-title';

const route = getRouteApi('/app/products');

export function ProductsPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.products'));
  const { search, onChange } = useListPage(route);

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
            <NewButton to="/products/new" label={t('products.new')} testId="products-new" />
          </Group>
        }
      />
      <ProductList search={search} onChange={onChange} />
    </Stack>
  );
}
