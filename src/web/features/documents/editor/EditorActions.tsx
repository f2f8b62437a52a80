import { Button, Group, Paper, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../lib/format';

interface EditorActionsProps {
  dirty: boolean;
  saving: boolean;
  finalizing: boolean;
  /** Invoices and credit notes can be saved and finalized in one go. */
  canFinalize: boolean;
  onFinalize: () => void;
  onCancel: () => void;
  totalIncl: string | null;
  currency: string;
}

/** The save bar, always in view: the total to check and the buttons to act on it. */
export function EditorActions({
  dirty,
  saving,
  finalizing,
  canFinalize,
  onFinalize,
  onCancel,
  totalIncl,
  currency,
}: EditorActionsProps) {
  const { t, i18n } = useTranslation();
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
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" aria-live="polite" truncate>
            {dirty ? t('form.unsaved') : t('documents.editor.totalLabel')}
          </Text>
          <Text fw={700} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
            {totalIncl === null ? '–' : formatMoney(totalIncl, currency, i18n.language)}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Button variant="subtle" color="gray" onClick={onCancel} visibleFrom="sm">
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            variant={canFinalize ? 'default' : 'filled'}
            loading={saving && !finalizing}
            disabled={finalizing}
            px={{ base: 'sm', xs: 'lg' }}
            data-testid="document-save"
          >
            {t('documents.editor.saveDraft')}
          </Button>
          {canFinalize && (
            <Button
              leftSection={<IconCheck size={18} />}
              onClick={onFinalize}
              loading={finalizing}
              disabled={saving && !finalizing}
              px={{ base: 'sm', xs: 'lg' }}
              data-testid="document-save-finalize"
            >
              <Text span inherit visibleFrom="xs">
                {t('documents.editor.saveAndFinalize')}
              </Text>
              <Text span inherit hiddenFrom="xs">
                {t('documents.actions.finalize')}
              </Text>
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
