import { Anchor, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Document } from '../../../../contract/index.js';
import { ConfirmActionButton } from '../../../components/form/ConfirmActionButton';
import { notifyError } from '../../../lib/notify';
import { useMe } from '../../me/me-context';
import { documentsKey, restoreDocument, useDeleteDocument } from '../api';
import { DOCUMENT_ROUTES } from '../document-types';
import { useDocumentLabels } from '../use-document-labels';

/** Deleting a draft is soft: the notification offers to undo it. */
export function DeleteDraftButton({ document }: { document: Document }) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const labels = useDocumentLabels()[document.type];
  const remove = useDeleteDocument(document.type, document.id);
  // Both outlive this page, which is gone by the time "undo" is clicked.
  const queryClient = useQueryClient();
  const router = useRouter();
  const routes = DOCUMENT_ROUTES[document.type];

  const undo = async (notificationId: string) => {
    try {
      const restored = await restoreDocument(document.type, document.id);
      notifications.hide(notificationId);
      await queryClient.invalidateQueries({ queryKey: documentsKey(organization.id) });
      await router.navigate({ to: routes.view, params: { documentId: restored.id } });
    } catch (error) {
      notifyError(error);
    }
  };

  const deleted = () => {
    const notificationId = notifications.show({
      color: 'teal',
      message: (
        <Text size="sm">
          {t('documents.actions.deleted', { document: labels.draft })}{' '}
          <Anchor
            component="button"
            size="sm"
            fw={600}
            onClick={() => void undo(notificationId)}
            data-testid="document-undo-delete"
          >
            {t('documents.actions.undo')}
          </Anchor>
        </Text>
      ),
    });
    void router.navigate({ to: routes.list });
  };

  return (
    <ConfirmActionButton
      label={t('documents.actions.delete')}
      icon={<IconTrash size={18} stroke={1.6} />}
      testId="document-delete"
      variant="subtle"
      title={t('documents.actions.deleteTitle', { document: labels.draft })}
      text={t('documents.actions.deleteText')}
      confirmLabel={t('documents.actions.delete')}
      action={remove}
      onDone={deleted}
      danger
    />
  );
}
