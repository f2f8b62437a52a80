import { useNavigate } from '@tanstack/react-router';
import type { DocumentType } from '../../../contract/index.js';
import { DOCUMENT_ROUTES } from './document-types';

/** Goes to a document's page (or its editor), whatever its type. */
export function useOpenDocument() {
  const navigate = useNavigate();
  return (
    document: { type: DocumentType; id: string },
    options: { edit?: boolean; replace?: boolean } = {},
  ) => {
    const routes = DOCUMENT_ROUTES[document.type];
    return navigate({
      to: options.edit ? routes.edit : routes.view,
      params: { documentId: document.id },
      replace: options.replace,
    });
  };
}
