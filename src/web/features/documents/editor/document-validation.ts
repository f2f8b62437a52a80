import { documentInputSchema, translate } from '../../../../contract/index.js';
import { currentLanguage } from '../../../i18n';
import { schemaErrors } from '../../../lib/zod-form';
import { toDocumentInput, type DocumentFormValues } from './document-form-values';
import { toFormPath } from './form-paths';

/** The contract's own checks, with messages on the editor's inputs; the server stays the authority. */
export function validateDocument(values: DocumentFormValues): Record<string, string> {
  const { input, lineIndexes } = toDocumentInput(values);
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(schemaErrors(documentInputSchema, input))) {
    errors[toFormPath(path, lineIndexes)] ??= message;
  }
  // "Not a valid identifier" would puzzle someone who simply has not picked a customer yet.
  if (!values.customerId) errors.customerId = translate(currentLanguage(), 'validation.required');
  return errors;
}
