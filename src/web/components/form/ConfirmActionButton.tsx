import { Button, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { notifyError } from '../../lib/notify';
import { ConfirmModal } from '../ui/ConfirmModal';

interface ConfirmActionButtonProps<T> {
  label: ReactNode;
  icon: ReactNode;
  testId: string;
  variant?: ButtonProps['variant'];
  /** The question: its title, the sentence that says what happens, the confirm button. */
  title: ReactNode;
  text: ReactNode;
  confirmLabel: ReactNode;
  /** A mutation without variables; run once the user confirms. */
  action: UseMutationResult<T, Error, void>;
  /** After the action succeeded and the question closed: a toast, a navigation. */
  onDone: (result: T) => void;
  /** Red, for what cannot be undone. */
  danger?: boolean;
  fullWidth?: boolean;
  /** Close the question on a failure too (the panel behind it shows the state). */
  closeOnError?: boolean;
}

/** A button that asks before it acts: delete, disconnect, send. */
export function ConfirmActionButton<T>({
  label,
  icon,
  testId,
  variant = 'light',
  title,
  text,
  confirmLabel,
  action,
  onDone,
  danger = false,
  fullWidth = false,
  closeOnError = false,
}: ConfirmActionButtonProps<T>) {
  const [opened, modal] = useDisclosure(false);
  const confirm = () =>
    action.mutate(undefined, {
      onSuccess: (result) => {
        modal.close();
        onDone(result);
      },
      onError: (error) => {
        if (closeOnError) modal.close();
        notifyError(error);
      },
    });
  return (
    <>
      <Button
        variant={variant}
        color={danger ? 'red' : undefined}
        leftSection={icon}
        onClick={modal.open}
        fullWidth={fullWidth}
        data-testid={testId}
      >
        {label}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={modal.close}
        title={title}
        confirmLabel={confirmLabel}
        onConfirm={confirm}
        loading={action.isPending}
        danger={danger}
      >
        <Text size="sm">{text}</Text>
      </ConfirmModal>
    </>
  );
}
