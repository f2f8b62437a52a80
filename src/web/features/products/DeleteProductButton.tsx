import { IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../contract/index.js';
import { ConfirmActionButton } from '../../components/form/ConfirmActionButton';
import { notifySuccess } from '../../lib/notify';
import { useDeleteProduct } from './api';
import { localizedName } from './product-name';

export function DeleteProductButton({ product }: { product: Product }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const name = localizedName(product.name, i18n.language);
  return (
    <ConfirmActionButton
      label={t('products.delete.button')}
      icon={<IconTrash size={18} stroke={1.6} />}
      testId="product-delete"
      title={t('products.delete.title')}
      text={t('products.delete.text', { name })}
      confirmLabel={t('products.delete.confirm')}
      action={useDeleteProduct(product.id)}
      onDone={() => {
        notifySuccess(t('products.deleted', { name }));
        void navigate({ to: '/products' });
      }}
      danger
    />
  );
}
