import type { FormErrors } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document, DocumentType } from '../../../../contract/index.js';
import { showServerErrors } from '../../../lib/form-errors';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { randomUuid } from '../../../lib/random-id';
import { useFinalizeDocument, useSaveDocument } from '../api';
import { useOpenDocument } from '../use-open-document';
import type { DocumentForm } from './document-form';
import { toDocumentInput } from './document-form-values';
import { toFormPath } from './form-paths';

/**
 * Saving the editor: a draft (POST for a new one, PUT for an existing one), optionally finalized
 * right after, then on to the document's page. Problems go back onto the inputs.
 */
export function useEditorSubmit(
  type: DocumentType,
  document: Document | undefined,
  form: DocumentForm,
  options: {
    /** The draft's version, shared with autosave (see useSaveDocument). */
    versionRef?: { current: string | null };
    /** Right after the server has the draft (the browser's copy can go). */
    onSaved?: (saved: Document) => void;
  } = {},
) {
  const { t } = useTranslation();
  const open = useOpenDocument();
  // One key per editor session: a double click or a retried request creates one document.
  const [idempotencyKey] = useState(randomUuid);
  const save = useSaveDocument(type, document?.id ?? null, idempotencyKey, options.versionRef);
  const finalize = useFinalizeDocument(type);
  const [finalizing, setFinalizing] = useState(false);

  const focusFirstError = (errors: FormErrors) => {
    const first = Object.keys(errors)[0];
    if (first) form.getInputNode(first)?.focus();
  };

  const afterSave = (saved: Document, andFinalize: boolean) => {
    options.onSaved?.(saved);
    form.resetDirty();
    if (!andFinalize) {
      notifySuccess(t('documents.saved'));
      void open(saved, { replace: true });
      return;
    }
    finalize.mutate(saved.id, {
      onSuccess: (final) => {
        notifySuccess(t('documents.finalized', { number: final.numberFormatted ?? '' }));
        void open(final, { replace: true });
      },
      onError: (error) => {
        setFinalizing(false);
        notifyError(error);
        // The draft exists now: a new editor would only find it again under its key.
        if (!document) void open(saved, { edit: true, replace: true });
      },
    });
  };

  const submit = (andFinalize: boolean) =>
    form.onSubmit((values) => {
      const { input, lineIndexes } = toDocumentInput(values);
      setFinalizing(andFinalize);
      save.mutate(input, {
        onSuccess: (saved) => afterSave(saved, andFinalize),
        onError: (error) => {
          setFinalizing(false);
          focusFirstError(showServerErrors(form, error, (path) => toFormPath(path, lineIndexes)));
        },
      });
    }, focusFirstError);

  return { submit, saving: save.isPending || finalize.isPending, finalizing };
}
