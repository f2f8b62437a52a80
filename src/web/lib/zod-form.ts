import type { z } from 'zod';
import { issuesToFields } from '../../contract/index.js';
import { currentLanguage } from '../i18n';

/**
 * Client-side check with the same contract schema the server uses, with messages in the UI
 * language. It only spares a round trip: the server stays the authority.
 */
export function schemaErrors(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  return result.success ? {} : issuesToFields(result.error.issues, currentLanguage());
}
