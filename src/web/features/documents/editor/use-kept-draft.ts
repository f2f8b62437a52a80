import { useEffect, useState } from 'react';
import type { Document, DocumentType } from '../../../../contract/index.js';
import { todayIso } from '../../../lib/dates';
import { useMe } from '../../me/me-context';
import type { DocumentForm } from './document-form';
import { emptyDocumentValues } from './document-form-values';
import {
  browserDraftStore,
  forgetDraft,
  keepDraft,
  readDraft,
  sameValues,
  type DraftOwner,
  type KeptDraft,
} from './draft-storage';

export interface KeptDraftControls {
  /** A copy from an earlier visit, offered back until restored or discarded. */
  offer: KeptDraft | null;
  restore: () => void;
  discard: () => void;
  /** The server has it (or the user threw it away): the copy goes. */
  forget: () => void;
}

/**
 * Keeps what is typed in this browser (see draft-storage.ts) and offers it back when the editor
 * opens again: after a reload, a crash, or a save that failed.
 */
export function useKeptDraft(
  type: DocumentType,
  document: Document | undefined,
  form: DocumentForm,
): KeptDraftControls {
  const me = useMe();
  const owner: DraftOwner = {
    userId: me.user.id,
    organizationId: me.organization.id,
    type,
    documentId: document?.id ?? null,
  };
  const store = browserDraftStore();
  const [offer, setOffer] = useState<KeptDraft | null>(() => {
    if (!store) return null;
    const kept = readDraft(store, owner, emptyDocumentValues(todayIso()));
    if (kept && sameValues(kept.values, form.getValues())) {
      forgetDraft(store, owner);
      return null;
    }
    return kept;
  });

  const { values } = form;
  const dirty = form.isDirty();
  // While the offer waits for an answer the old copy stays as it is: typing must not replace it.
  useEffect(() => {
    if (!store || offer || !dirty) return;
    keepDraft(store, owner, {
      values,
      keptAt: new Date().toISOString(),
      version: document?.updatedAt ?? null,
    });
    // The owner is fixed for the editor's life (it is keyed by document); values drive the copy.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values, offer, dirty]);

  return {
    offer,
    restore: () => {
      if (!offer) return;
      form.setValues(offer.values);
      setOffer(null);
    },
    discard: () => {
      if (store) forgetDraft(store, owner);
      setOffer(null);
    },
    forget: () => {
      if (store) forgetDraft(store, owner);
    },
  };
}
