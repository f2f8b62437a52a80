import { Alert, Button, Checkbox, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconReceiptRefund } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document, DocumentInput, FinalizeConfirmation } from '../../../../contract/index.js';
import { ApiError } from '../../../lib/api-error';
import { errorMessage, notifyError, notifySuccess } from '../../../lib/notify';
import { useMe } from '../../me/me-context';
import { useOpenDocument } from '../use-open-document';
import { useCreditNoteInstead } from './credit-note-instead';
import { finalizePreviewQueryOptions, useFinalize } from './finalise-api';

/** "Save and finalise" from the editor: the draft's new content, saved with the number. */
export interface FinaliseDraft {
  input: DocumentInput;
  /** The draft's If-Match: a version changed elsewhere is not overwritten. */
  headers: Record<string, string>;
  /** The server refused the content (a line, a field): back to the editor's inputs. */
  onRefused: (error: unknown) => void;
}

interface FinaliseDialogProps {
  /** The draft to finalise; null: closed. */
  document: Document | null;
  /** Content to save in the same request and transaction, if the editor has any. */
  draft?: FinaliseDraft | null;
  onClose: () => void;
  onFinalized: (final: Document) => void;
}

/** What the server asks to confirm when the saved content needs it and the preview did not. */
const CONFIRMATION_CODES: Record<string, FinalizeConfirmation> = {
  zeroTotalNeedsConfirmation: 'zeroTotal',
  renovationVatNeedsConfirmation: 'renovationVat',
};

/** An invoice asking a negative amount is refused by the server: it is a credit note. */
export const asksNegativeAmount = (document: Document) =>
  document.type === 'invoice' && Number(document.totals.totalIncl) < 0;

/**
 * Finalising cannot be undone: the dialog shows the number the document will take, and asks
 * for what the server wants confirmed (a zero total, the 6 % rate for a business).
 */
export function FinaliseDialog({ document, draft, onClose, onFinalized }: FinaliseDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={document !== null}
      onClose={onClose}
      title={t('documents.finalise.title')}
      centered
      data-testid="finalise-dialog"
    >
      {document && (
        <FinaliseContent
          key={document.id}
          document={document}
          draft={draft}
          onClose={onClose}
          onFinalized={onFinalized}
        />
      )}
    </Modal>
  );
}

function FinaliseContent({
  document,
  draft,
  onClose,
  onFinalized,
}: FinaliseDialogProps & { document: Document }) {
  const { t } = useTranslation();
  const me = useMe();
  const open = useOpenDocument();
  const preview = useQuery(
    finalizePreviewQueryOptions(me.organization.id, document.type, document.id),
  );
  const finalize = useFinalize(document.type);
  const creditNote = useCreditNoteInstead();
  const [confirmed, setConfirmed] = useState<ReadonlySet<FinalizeConfirmation>>(new Set());
  // The preview reads the stored draft; the content being saved may need more confirmations.
  const [alsoNeeded, setAlsoNeeded] = useState<readonly FinalizeConfirmation[]>([]);

  if (asksNegativeAmount(document)) {
    return (
      <Stack gap="md">
        <Alert color="red" icon={<IconAlertTriangle />} data-testid="finalise-negative">
          {t('documents.finalise.negative')}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            leftSection={<IconReceiptRefund size={18} />}
            loading={creditNote.isPending}
            onClick={() =>
              creditNote.mutate(document, {
                onSuccess: (made) => {
                  notifySuccess(t('documents.finalise.creditNoteMade'));
                  void open(made, { edit: true, replace: true });
                },
                onError: notifyError,
              })
            }
            data-testid="finalise-credit-note"
          >
            {t('documents.finalise.creditNoteInstead')}
          </Button>
        </Group>
      </Stack>
    );
  }

  if (preview.isPending) return <Loader size="sm" />;
  if (preview.isError) return <Alert color="red">{errorMessage(preview.error)}</Alert>;
  const needed = [...new Set([...preview.data.confirmations, ...alsoNeeded])];
  const labels: Record<FinalizeConfirmation, string> = {
    zeroTotal: t('documents.finalise.confirm.zeroTotal'),
    renovationVat: t('documents.finalise.confirm.renovationVat'),
  };
  const ready = needed.every((item) => confirmed.has(item));
  const toggle = (item: FinalizeConfirmation) =>
    setConfirmed((previous) => {
      const next = new Set(previous);
      if (next.has(item)) next.delete(item);
      else next.add(item);
      return next;
    });

  const submit = () =>
    finalize.mutate(
      {
        id: document.id,
        confirm: {
          confirmZeroTotal: confirmed.has('zeroTotal'),
          confirmRenovationVat: confirmed.has('renovationVat'),
          ...(draft && { draft: draft.input }),
        },
        headers: draft?.headers,
      },
      {
        onSuccess: (final) => {
          notifySuccess(t('documents.finalized', { number: final.numberFormatted ?? '' }));
          onFinalized(final);
        },
        onError: (error) => {
          const confirmation = error instanceof ApiError && CONFIRMATION_CODES[error.code];
          if (confirmation && !needed.includes(confirmation)) {
            setAlsoNeeded((previous) => [...previous, confirmation]);
          } else if (draft && error instanceof ApiError && error.fields) {
            draft.onRefused(error);
          } else {
            notifyError(error);
          }
        },
      },
    );

  return (
    <Stack gap="md">
      <Text size="sm">{t('documents.finalise.numberIntro')}</Text>
      <Text fw={700} size="xl" data-testid="finalise-number">
        {preview.data.nextNumberFormatted}
      </Text>
      <Text size="sm" c="dimmed">
        {t('documents.finalise.irreversible')}
      </Text>
      {needed.map((item) => (
        <Checkbox
          key={item}
          checked={confirmed.has(item)}
          onChange={() => toggle(item)}
          label={labels[item]}
          data-testid={`finalise-confirm-${item}`}
        />
      ))}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-testid="finalise-cancel">
          {t('common.cancel')}
        </Button>
        <Button
          leftSection={<IconCheck size={18} />}
          disabled={!ready}
          loading={finalize.isPending}
          onClick={submit}
          data-testid="finalise-submit"
        >
          {t('documents.finalise.submit', { number: preview.data.nextNumberFormatted })}
        </Button>
      </Group>
    </Stack>
  );
}
