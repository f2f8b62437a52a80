import { Alert, Button, Group, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DocumentType } from '../../../../contract/index.js';
import { formatDateTime } from '../../../lib/format';
import type { KeptDraftControls } from './use-kept-draft';

/** "Restore the unsaved invoice?": what this browser kept from an earlier visit. */
export function KeptDraftOffer({
  kept,
  type,
  isNew,
}: {
  kept: KeptDraftControls;
  type: DocumentType;
  isNew: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (!kept.offer) return null;
  const newTitle = {
    invoice: t('documents.keptDraft.newInvoice'),
    quote: t('documents.keptDraft.newQuote'),
    creditNote: t('documents.keptDraft.newCreditNote'),
  }[type];
  const at = formatDateTime(kept.offer.keptAt || null, i18n.language);
  return (
    <Alert
      variant="light"
      color="yellow"
      icon={<IconHistory />}
      title={isNew ? newTitle : t('documents.keptDraft.changesTitle')}
      data-testid="kept-draft-offer"
    >
      <Text size="sm">{t('documents.keptDraft.text', { at })}</Text>
      <Group gap="xs" mt="sm">
        <Button size="xs" onClick={kept.restore} data-testid="kept-draft-restore">
          {t('documents.keptDraft.restore')}
        </Button>
        <Button size="xs" variant="default" onClick={kept.discard} data-testid="kept-draft-discard">
          {t('documents.keptDraft.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
