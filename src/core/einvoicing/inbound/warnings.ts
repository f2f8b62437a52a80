import type { InboundWarning, InboundWarningCode } from './types.js';

/** Per code: enough to show what is wrong, bounded however many lines a sender gets wrong. */
export const MAX_WARNINGS_PER_CODE = 20;

/** Checked before building a warning, so a 100,000-line document cannot make 100,000 of them. */
export function canWarn(warnings: readonly InboundWarning[], code: InboundWarningCode): boolean {
  let count = 0;
  for (const warning of warnings) {
    if (warning.code === code && ++count >= MAX_WARNINGS_PER_CODE) return false;
  }
  return true;
}
