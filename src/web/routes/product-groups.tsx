import { Button, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../components/ui/BackLink';
import { PageHeader } from '../components/ui/PageHeader';
import { GroupFormModal } from '../features/product-groups/GroupFormModal';
import { GroupList } from '../features/product-groups/GroupList';
import { usePageTitle } from '../lib/use-page-title';

export function ProductGroupsPage() {
  const { t } = useTranslation();
  usePageTitle(t('productGroups.title'));
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <BackLink to="/products">{t('products.title')}</BackLink>
        <PageHeader
          title={t('productGroups.title')}
          description={t('productGroups.subtitle')}
          titleTestId="groups-title"
          actions={
            <Button
              leftSection={<IconPlus size={18} />}
              onClick={() => setCreating(true)}
              data-testid="groups-new"
            >
              {t('productGroups.new')}
            </Button>
          }
        />
      </Stack>
      <GroupList onCreate={() => setCreating(true)} />
      {creating && <GroupFormModal opened onClose={() => setCreating(false)} />}
    </Stack>
  );
}
