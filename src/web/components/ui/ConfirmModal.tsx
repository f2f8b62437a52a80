import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmModalProps {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void;
  loading?: boolean;
  /** Red button for what cannot be undone. */
  danger?: boolean;
  /** Extra buttons before Cancel, e.g. a safer alternative. */
  extraActions?: ReactNode;
  /** Hide the confirm button when the action turned out impossible. */
  hideConfirm?: boolean;
}

export function ConfirmModal({
  opened,
  onClose,
  title,
  children,
  confirmLabel,
  onConfirm,
  loading = false,
  danger = false,
  extraActions,
  hideConfirm = false,
}: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="lg">
        {children}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {extraActions}
          {!hideConfirm && (
            <Button
              color={danger ? 'red' : undefined}
              onClick={onConfirm}
              loading={loading}
              data-autofocus
              data-testid="confirm-action"
            >
              {confirmLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
