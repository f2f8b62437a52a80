import type { z } from 'zod';
import type { Language } from './common.js';
import { isMessageKey, translate } from './messages/index.js';

/** Turns zod issues into `{ "path.to.field": "translated message" }`, the first issue per field. */
export function issuesToFields(
  issues: readonly z.core.$ZodIssue[],
  language: Language,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key].join('.');
        fields[path] ??= translate(language, 'validation.unknownField');
      }
      continue;
    }
    const path = issue.path.join('.') || '_';
    fields[path] ??= issueMessage(issue, language);
  }
  return fields;
}

function issueMessage(issue: z.core.$ZodIssue, language: Language): string {
  if (isMessageKey(issue.message)) return translate(language, issue.message);
  switch (issue.code) {
    case 'invalid_type':
      // Missing values already carry `validation.required` (see common.ts).
      return translate(language, 'validation.type');
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? translate(language, 'validation.required')
          : translate(language, 'validation.tooShort', { min: Number(issue.minimum) });
      }
      return translate(language, 'validation.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string')
        return translate(language, 'validation.tooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'array')
        return translate(language, 'validation.tooMany', { max: Number(issue.maximum) });
      return translate(language, 'validation.tooBig', { max: Number(issue.maximum) });
    case 'invalid_value':
      return translate(language, 'validation.choice');
    case 'invalid_format':
      if (issue.format === 'email') return translate(language, 'validation.email');
      if (issue.format === 'uuid') return translate(language, 'validation.uuid');
      return translate(language, 'validation.invalid');
    default:
      return translate(language, 'validation.invalid');
  }
}
