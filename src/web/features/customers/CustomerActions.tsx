import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive, IconArchiveOff, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../contract/index.js';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useSetCustomerArchived } from './api';
import { DeleteCustomerModal } from './DeleteCustomerModal';

const ICON = { size: 18, stroke: 1.6 } as const;

/** Archive / unarchive and delete, at the top of a customer's page. */
export function CustomerActions({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const setArchived = useSetCustomerArchived(customer.id);
  const [deleting, deleteModal] = useDisclosure(false);

  const toggleArchived = (archived: boolean) =>
    setArchived.mutate(archived, {
      onSuccess: (saved) => {
        deleteModal.close();
        notifySuccess(
          saved.archived
            ? t('customers.archived', { name: saved.name })
            : t('customers.unarchived', { name: saved.name }),
        );
      },
      onError: notifyError,
    });

  const onDeleted = () => {
    deleteModal.close();
    notifySuccess(t('customers.deleted', { name: customer.name }));
    void navigate({ to: '/customers' });
  };

  return (
    <Group gap="sm">
      {customer.archived ? (
        <Button
          variant="default"
          leftSection={<IconArchiveOff {...ICON} />}
          onClick={() => toggleArchived(false)}
          loading={setArchived.isPending}
          data-testid="customer-unarchive"
        >
          {t('customers.unarchive')}
        </Button>
      ) : (
        <Button
          variant="default"
          leftSection={<IconArchive {...ICON} />}
          onClick={() => toggleArchived(true)}
          loading={setArchived.isPending}
          data-testid="customer-archive"
        >
          {t('customers.archive')}
        </Button>
      )}
      <Button
        variant="light"
        color="red"
        leftSection={<IconTrash {...ICON} />}
        onClick={deleteModal.open}
        data-testid="customer-delete"
      >
        {t('customers.delete.button')}
      </Button>
      <DeleteCustomerModal
        customer={customer}
        opened={deleting}
        onClose={deleteModal.close}
        onDeleted={onDeleted}
        onArchive={() => toggleArchived(true)}
        archiving={setArchived.isPending}
      />
    </Group>
  );
}
