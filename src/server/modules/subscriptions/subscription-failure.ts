import { DomainError } from '../../platform/errors.js';

export type Failure = { last_error: string; last_error_params: string | null };

/**
 * What an error is called in `last_error`: a message key the app translates with its values, or
 * the text of an unexpected error.
 */
export function failureOf(error: unknown): Failure {
  if (error instanceof DomainError) {
    const field = error.fields ? Object.values(error.fields)[0] : undefined;
    const key = error.messageKey === 'error.validation' && field ? field : error.messageKey;
    const params = Object.fromEntries(
      Object.entries(error.params).map(([name, value]) => [name, String(value)]),
    );
    return { last_error: key, last_error_params: JSON.stringify(params) };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { last_error: text.slice(0, 500), last_error_params: null };
}

/** Clears the last failure of a subscription. */
export const NO_FAILURE = { last_error: null, last_error_params: null };
