import type { Language } from '../common.js';
import { en, type MessageKey } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';

export type { MessageKey };
export const messages: Record<Language, Record<MessageKey, string>> = { en, fr, nl };

export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}

/** Translates a message key, filling `{{name}}` placeholders. Unknown keys fall back to a generic text. */
export function translate(
  language: Language,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const template = isMessageKey(key)
    ? messages[language][key]
    : messages[language]['validation.invalid'];
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
