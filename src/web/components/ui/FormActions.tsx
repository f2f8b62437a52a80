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
      style={{ position: 'sticky', bottom: 'var(--mantine-spacing-md)', zIndex: 5 }}
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
