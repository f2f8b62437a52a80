import type { TFunction } from 'i18next';
import type { AutosaveState } from './use-autosave';

export interface SaveStatusLabel {
  text: string;
  /** Shown in red: the server does not have what is on screen. */
  problem: boolean;
}

/**
 * What the save bar says about saving: a saved draft autosaves ("saving…", "saved", why not);
 * a new document is only kept in this browser until "Save draft". Null: nothing to say.
 */
export function saveStatusLabel(
  t: TFunction,
  state: AutosaveState,
  dirty: boolean,
  autosaves: boolean,
): SaveStatusLabel | null {
  if (!autosaves)
    return dirty ? { text: t('documents.autosave.keptLocally'), problem: false } : null;
  switch (state.status) {
    case 'saving':
      return { text: t('documents.autosave.saving'), problem: false };
    case 'incomplete':
      return { text: t('documents.autosave.incomplete'), problem: true };
    case 'error':
      return { text: t('documents.autosave.error', { message: state.message }), problem: true };
    case 'conflict':
      return { text: state.message, problem: true };
    case 'saved':
      return dirty ? null : { text: t('documents.autosave.saved'), problem: false };
    case 'idle':
      return null;
  }
}
