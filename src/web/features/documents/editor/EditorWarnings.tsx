import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EditorWarning } from './editor-warnings';

export function EditorWarnings({ warnings }: { warnings: EditorWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  const messages: Record<EditorWarning, string> = {
    renovationVat: t('documents.editor.warnings.renovationVat'),
    negativeTotal: t('documents.editor.warnings.negativeTotal'),
  };
  return (
    <Stack gap="xs">
      {warnings.map((warning) => (
        <Alert
          key={warning}
          variant="light"
          color="orange"
          icon={<IconAlertTriangle />}
          py="xs"
          data-testid={`editor-warning-${warning}`}
        >
          {messages[warning]}
        </Alert>
      ))}
    </Stack>
  );
}
