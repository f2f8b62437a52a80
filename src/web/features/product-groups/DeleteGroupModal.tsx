import { Alert, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductGroup } from '../../../contract/index.js';
import { ConfirmModal } from '../../components/ui/ConfirmModal';
import { ApiError } from '../../lib/api-error';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useDeleteProductGroup } from './api';

interface DeleteGroupModalProps {
  group: ProductGroup;
  onClose: () => void;
}

/** Mounted only while open. A group that still holds products cannot go (409 `groupInUse`). */
export function DeleteGroupModal({ group, onClose }: DeleteGroupModalProps) {
  const { t } = useTranslation();
  const remove = useDeleteProductGroup();
  const [inUse, setInUse] = useState(false);

  const confirm = () =>
    remove.mutate(group.id, {
      onSuccess: () => {
        notifySuccess(t('productGroups.deleted', { name: group.name }));
        onClose();
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'groupInUse') setInUse(true);
        else notifyError(error);
      },
    });

  return (
    <ConfirmModal
      opened
      onClose={onClose}
      title={t('productGroups.delete.title')}
      confirmLabel={t('productGroups.delete.confirm')}
      onConfirm={confirm}
      loading={remove.isPending}
      danger
      hideConfirm={inUse}
    >
      {inUse ? (
        <Alert color="orange" variant="light" data-testid="group-in-use">
          {t('productGroups.delete.inUse', { count: group.productCount })}
        </Alert>
      ) : (
        <Text size="sm">{t('productGroups.delete.text', { name: group.name })}</Text>
      )}
    </ConfirmModal>
  );
}
