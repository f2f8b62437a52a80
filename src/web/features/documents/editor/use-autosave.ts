import { useEffect, useRef, useState } from 'react';
import type { Document, DocumentType } from '../../../../contract/index.js';
import { ApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/notify';
import { useSaveDocument } from '../api';
import type { DocumentForm } from './document-form';
import { toDocumentInput, type DocumentFormValues } from './document-form-values';
import { validateDocument } from './document-validation';
import { sameValues } from './draft-storage';
import { toFormPath } from './form-paths';

/** Quiet time after the last keystroke before a draft is saved. */
export const AUTOSAVE_DELAY_MS = 1500;

export type AutosaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  /** Not sendable yet (a required field is empty…): kept in the browser until it is. */
  | { status: 'incomplete' }
  | { status: 'error'; message: string }
  /** Saved elsewhere since this editor read it: nothing is overwritten; a reload shows theirs. */
  | { status: 'conflict'; message: string };

/**
 * Saves a draft on the server a moment after typing stops. Only one save runs at a time (a change
 * made meanwhile is saved right after); each carries the version it was made on, so two tabs or
 * two people never overwrite each other. A failed save loses nothing: the form keeps every
 * keystroke, and the browser keeps a copy (useKeptDraft) until the server has it.
 */
export function useAutosave(options: {
  type: DocumentType;
  /** Absent for a new document: those are only kept in the browser until saved by hand. */
  document: Document | undefined;
  form: DocumentForm;
  versionRef: { current: string | null };
  /** True while something else saves (the Save button) or an offer of a kept copy waits. */
  paused: boolean;
  onSaved: (values: DocumentFormValues) => void;
}): AutosaveState {
  const { type, document, form, versionRef, paused, onSaved } = options;
  const save = useSaveDocument(type, document?.id ?? null, 'autosave', versionRef);
  const [state, setState] = useState<AutosaveState>({ status: 'idle' });
  const running = useRef(false);
  const again = useRef(false);
  const stopped = state.status === 'conflict';

  const run = async (): Promise<void> => {
    if (running.current) {
      again.current = true;
      return;
    }
    const values = form.getValues();
    if (!form.isDirty()) return;
    if (Object.keys(validateDocument(values)).length > 0) {
      setState({ status: 'incomplete' });
      return;
    }
    running.current = true;
    setState({ status: 'saving' });
    const { input, lineIndexes } = toDocumentInput(values);
    try {
      await save.mutateAsync(input);
      // What is on screen now is saved unless typing went on meanwhile (then it stays dirty).
      form.resetDirty(values);
      if (sameValues(values, form.getValues())) onSaved(values);
      setState({ status: 'saved' });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'editConflict') {
        setState({ status: 'conflict', message: error.message });
      } else {
        setState({ status: 'error', message: errorMessage(error) });
        if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
          const fields: Record<string, string> = {};
          for (const [path, message] of Object.entries(error.fields)) {
            fields[toFormPath(path, lineIndexes)] ??= message;
          }
          form.setErrors(fields);
        }
      }
    } finally {
      running.current = false;
    }
    if (again.current) {
      again.current = false;
      await run();
    }
  };

  const { values } = form;
  useEffect(() => {
    if (!document || paused || stopped || !form.isDirty()) return;
    const timer = setTimeout(() => void run(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // A new timer for every change; `run` reads the latest values itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values, paused, stopped, document]);

  return state;
}
