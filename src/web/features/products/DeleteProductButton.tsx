import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../contract/index.js';
import { ConfirmModal } from '../../components/ui/ConfirmModal';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useDeleteProduct } from './api';
import { localizedName } from './product-name';

export function DeleteProductButton({ product }: { product: Product }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteProduct(product.id);
  const [opened, modal] = useDisclosure(false);
  const name = localizedName(product.name, i18n.language);

  const confirm = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        modal.close();
        notifySuccess(t('products.deleted', { name }));
        void navigate({ to: '/products' });
      },
      onError: notifyError,
    });

  return (
    <>
      <Button
        variant="light"
        color="red"
        leftSection={<IconTrash size={18} stroke={1.6} />}
        onClick={modal.open}
        data-testid="product-delete"
      >
        {t('products.delete.button')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={modal.close}
        title={t('products.delete.title')}
        confirmLabel={t('products.delete.confirm')}
        onConfirm={confirm}
        loading={remove.isPending}
        danger
      >
        <Text size="sm">{t('products.delete.text', { name })}</Text>
      </ConfirmModal>
    </>
  );
}
