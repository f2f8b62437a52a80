import { Text } from '@mantine/core';
import { useBlocker } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from './ConfirmModal';

interface UnsavedChangesGuardProps {
  /** Read at the moment of leaving, so a save that just reset the form lets it go. */
  isDirty: () => boolean;
}

/**
 * Asks before leaving a form with unsaved changes: inside the app with a modal, and when closing
 * or reloading the tab with the browser's own prompt.
 */
export function UnsavedChangesGuard({ isDirty }: UnsavedChangesGuardProps) {
  const { t } = useTranslation();
  const blocker = useBlocker({
    shouldBlockFn: () => isDirty(),
    enableBeforeUnload: isDirty,
    withResolver: true,
  });
  return (
    <ConfirmModal
      opened={blocker.status === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t('unsaved.title')}
      confirmLabel={t('unsaved.leave')}
      onConfirm={() => blocker.proceed?.()}
      danger
    >
      <Text size="sm">{t('unsaved.text')}</Text>
    </ConfirmModal>
  );
}
