import type { Document, Module, Role } from '../../../contract/index.js';
import { hasModules } from '../../platform/auth/permissions.js';
import { DOCUMENT_KINDS } from './document-kinds.js';

/**
 * A document as one reader may see it: the payments recorded on it are records of the payments
 * module, and the documents made from it belong to their own modules. Amount paid and open
 * balance stay: they are the document's own figures.
 */
export function documentForReader(
  reader: { role: Role; modules: readonly Module[] },
  document: Document,
): Document {
  const holds = (module: Module) => hasModules(reader.role, reader.modules, [module]);
  return {
    ...document,
    payments: holds('payments') ? document.payments : [],
    derivedDocuments: document.derivedDocuments.filter((derived) =>
      holds(DOCUMENT_KINDS[derived.type].module),
    ),
  };
}
