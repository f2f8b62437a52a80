import type { FormErrors } from '@mantine/form';
import { ApiError } from './api-error';
import { notifyError } from './notify';

/** Codes the server sends without `fields` that still belong to one input. */
const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  emailTaken: 'email',
  codeTaken: 'code',
};

/**
 * Puts the server's field errors on the matching inputs. The server's dotted paths
 * (`bankAccounts.0.iban`) are Mantine form paths, so usually no mapping is needed.
 * The summary message always goes to a notification. Returns the field errors it set.
 */
export function showServerErrors(
  form: { setErrors: (errors: FormErrors) => void },
  error: unknown,
  /** For forms whose values are shaped differently from the request (`discount.value` → `discountValue`). */
  toFormPath: (path: string) => string = (path) => path,
): FormErrors {
  notifyError(error);
  if (!(error instanceof ApiError)) return {};
  const fields: FormErrors = {};
  for (const [path, message] of Object.entries(error.fields)) fields[toFormPath(path)] ??= message;
  const field = FIELD_OF_CODE[error.code];
  if (field && Object.keys(fields).length === 0) fields[field] = error.message;
  if (Object.keys(fields).length > 0) form.setErrors(fields);
  return fields;
}
