import { useMutation } from '@tanstack/react-query';
import { documentRoutes, type Document } from '../../../../contract/index.js';
import { call } from '../../../lib/client';
import { useStoreDocument } from '../api';
import { creditNoteInputOf } from './credit-note-input';

/** Makes the credit note, then deletes the invoice draft (restorable like any deleted draft). */
export function useCreditNoteInstead() {
  const store = useStoreDocument();
  return useMutation({
    mutationFn: async (invoice: Document): Promise<Document> => {
      const creditNote = await call(documentRoutes.creditNote.create, {
        body: creditNoteInputOf(invoice),
      });
      await call(documentRoutes.invoice.remove, { params: { id: invoice.id } });
      return creditNote;
    },
    onSuccess: store,
  });
}
