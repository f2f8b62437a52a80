import type { FormErrors } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document, DocumentType } from '../../../../contract/index.js';
import { showServerErrors } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { randomUuid } from '../../../lib/random-id';
import { ifMatch, useSaveDocument } from '../api';
import type { FinaliseDraft } from '../finalise/FinaliseDialog';
import { useOpenDocument } from '../use-open-document';
import type { DocumentForm } from './document-form';
import { toDocumentInput } from './document-form-values';
import { toFormPath } from './form-paths';

/**
 * Saving the editor: a draft (POST for a new one, PUT for an existing one), then on to the
 * document's page. "Save and finalise" of an existing draft is one request: the finalise dialog
 * sends the content with the confirmations, and the server saves and numbers it in one
 * transaction (a new draft is created first: it has no number to take before it exists).
 * Problems go back onto the inputs.
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
  const [finalizing, setFinalizing] = useState(false);
  const [toFinalise, setToFinalise] = useState<Document | null>(null);
  const [finaliseDraft, setFinaliseDraft] = useState<FinaliseDraft | null>(null);

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
    // Finalising cannot be undone: the dialog shows the number and asks first.
    setToFinalise(saved);
  };

  const finaliseDialog = {
    document: toFinalise,
    draft: finaliseDraft,
    onClose: () => {
      const saved = toFinalise;
      setToFinalise(null);
      setFinaliseDraft(null);
      setFinalizing(false);
      // The draft exists now: a new editor would only find it again under its key.
      if (saved && !document) void open(saved, { edit: true, replace: true });
    },
    onFinalized: (final: Document) => {
      if (finaliseDraft) {
        options.onSaved?.(final);
        form.resetDirty();
      }
      setToFinalise(null);
      setFinaliseDraft(null);
      void open(final, { replace: true });
    },
  };

  const submit = (andFinalize: boolean) =>
    form.onSubmit((values) => {
      const { input, lineIndexes } = toDocumentInput(values);
      setFinalizing(andFinalize);
      if (andFinalize && document) {
        setFinaliseDraft({
          input,
          headers: ifMatch(options.versionRef),
          onRefused: (error) => {
            setToFinalise(null);
            setFinaliseDraft(null);
            setFinalizing(false);
            focusFirstError(showServerErrors(form, error, (path) => toFormPath(path, lineIndexes)));
          },
        });
        setToFinalise(document);
        return;
      }
      save.mutate(input, {
        onSuccess: (saved) => afterSave(saved, andFinalize),
        onError: (error) => {
          setFinalizing(false);
          focusFirstError(showServerErrors(form, error, (path) => toFormPath(path, lineIndexes)));
        },
      });
    }, focusFirstError);

  return { submit, saving: save.isPending, finalizing, finaliseDialog };
}
