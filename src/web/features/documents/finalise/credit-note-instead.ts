import { useMutation } from '@tanstack/react-query';
import { documentSchema, type Document } from '../../../../contract/index.js';
import { api } from '../../../lib/api-client';
import { DOCUMENT_API_PATHS } from '../document-types';
import { useStoreDocument } from '../api';
import { creditNoteInputOf } from './credit-note-input';

/** Makes the credit note, then deletes the invoice draft (restorable like any deleted draft). */
export function useCreditNoteInstead() {
  const store = useStoreDocument();
  return useMutation({
    mutationFn: async (invoice: Document): Promise<Document> => {
      const creditNote = await api(`/${DOCUMENT_API_PATHS.creditNote}`, {
        method: 'POST',
        body: creditNoteInputOf(invoice),
        schema: documentSchema,
      });
      await api(`/${DOCUMENT_API_PATHS.invoice}/${invoice.id}`, { method: 'DELETE' });
      return creditNote;
    },
    onSuccess: store,
  });
}
