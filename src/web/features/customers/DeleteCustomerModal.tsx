import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../contract/index.js';
import { ConfirmModal } from '../../components/ui/ConfirmModal';
import { ApiError } from '../../lib/api-error';
import { notifyError } from '../../lib/notify';
import { useDeleteCustomer } from './api';

interface DeleteCustomerModalProps {
  customer: Customer;
  opened: boolean;
  onClose: () => void;
  onDeleted: () => void;
  onArchive: () => void;
  archiving: boolean;
}

/**
 * Deleting is only possible while no document refers to the customer; when the server says
 * otherwise, the modal explains it and offers archiving, which hides the customer instead.
 */
export function DeleteCustomerModal({
  customer,
  opened,
  onClose,
  onDeleted,
  onArchive,
  archiving,
}: DeleteCustomerModalProps) {
  const { t } = useTranslation();
  const remove = useDeleteCustomer(customer.id);
  const [blocked, setBlocked] = useState(false);
  // Each opening starts from the question, not from the previous answer.
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) setBlocked(false);
  }

  const confirm = () =>
    remove.mutate(undefined, {
      onSuccess: onDeleted,
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'customerHasDocuments') setBlocked(true);
        else notifyError(error);
      },
    });

  return (
    <ConfirmModal
      opened={opened}
      onClose={onClose}
      title={blocked ? t('customers.delete.blockedTitle') : t('customers.delete.title')}
      confirmLabel={t('customers.delete.confirm')}
      onConfirm={confirm}
      loading={remove.isPending}
      danger
      hideConfirm={blocked}
      extraActions={
        blocked && !customer.archived ? (
          <Button onClick={onArchive} loading={archiving} data-testid="customer-archive-instead">
            {t('customers.archive')}
          </Button>
        ) : null
      }
    >
      {blocked ? (
        <Text size="sm" data-testid="customer-delete-blocked">
          {customer.archived
            ? t('customers.delete.hasDocumentsArchived')
            : t('customers.delete.hasDocuments')}
        </Text>
      ) : (
        <Text size="sm">{t('customers.delete.text', { name: customer.name })}</Text>
      )}
    </ConfirmModal>
  );
}
