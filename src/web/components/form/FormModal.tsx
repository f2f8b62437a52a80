import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormModalProps {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: ReactNode;
  submitTestId?: string;
  saving: boolean;
  size?: ModalProps['size'];
  /** Red submit button, for what takes something away (deactivating, rejecting). */
  danger?: boolean;
  children: ReactNode;
}

/**
 * A dialog holding one form: its fields, then Cancel and the submit button. Validation and the
 * server's field errors stay with the caller's form (`showServerErrors`).
 */
export function FormModal({
  opened,
  onClose,
  title,
  onSubmit,
  submitLabel,
  submitTestId,
  saving,
  size,
  danger = false,
  children,
}: FormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={danger ? 'red' : undefined}
              loading={saving}
              data-testid={submitTestId}
            >
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
