import { Button, Flex, Group, Paper, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../lib/format';
import type { SaveStatusLabel } from './autosave-label';

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
  /** Whether the draft is saved (autosave), in place of the plain "unsaved changes". */
  status?: SaveStatusLabel | null;
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
  status,
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
      {/* On a phone the total has a row of its own: buttons beside it would cut it off. */}
      <Flex
        direction={{ base: 'column', sm: 'row' }}
        justify="space-between"
        align={{ base: 'stretch', sm: 'center' }}
        gap={{ base: 6, sm: 'sm' }}
      >
        <Group justify="space-between" align="baseline" gap="xs" wrap="nowrap" miw={0}>
          <div style={{ minWidth: 0 }}>
            <Text
              size="xs"
              c={status?.problem ? 'red' : 'dimmed'}
              aria-live="polite"
              truncate
              title={status?.text}
              data-testid="document-save-status"
            >
              {status?.text ?? (dirty ? t('form.unsaved') : t('documents.editor.totalLabel'))}
            </Text>
            <Text
              fw={700}
              style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
              data-testid="document-footer-total"
            >
              {totalIncl === null ? '–' : formatMoney(totalIncl, currency, i18n.language)}
            </Text>
          </div>
        </Group>
        <Group gap="xs" wrap="nowrap" justify="flex-end">
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
      </Flex>
    </Paper>
  );
}
