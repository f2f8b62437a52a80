import { Button, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  dirty: boolean;
  saving: boolean;
  saveLabel: ReactNode;
  onReset?: () => void;
  saveTestId: string;
}

/** Save bar that stays in view at the bottom of long forms. */
export function FormActions({ dirty, saving, saveLabel, onReset, saveTestId }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      shadow="sm"
      p="sm"
      // Above the phone's bottom bar (the footer offset is 0 on laptops and outside the app frame).
      style={{
        position: 'sticky',
        bottom: 'calc(var(--app-shell-footer-offset, 0rem) + var(--mantine-spacing-md))',
        zIndex: 5,
      }}
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" aria-live="polite">
          {dirty ? t('form.unsaved') : null}
        </Text>
        <Group gap="sm" ml="auto">
          {onReset && (
            <Button variant="default" onClick={onReset} disabled={!dirty}>
              {t('form.discard')}
            </Button>
          )}
          <Button type="submit" loading={saving} data-testid={saveTestId}>
            {saveLabel}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
