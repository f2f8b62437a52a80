import type { Language } from '../../contract/common.js';
import type * as Eager from '../../contract/messages/index.js';
import type { MessageKey } from '../../contract/messages/en.js';

/**
 * The contract's messages (API errors, form validation) in the web build, one language at a
 * time. `src/contract/messages/index.ts` holds the three catalogues at once, which the server
 * needs; a visitor needs one. vite.config.ts resolves the contract's own imports of that module
 * to this one, which has the same exports: the i18n backend loads the reader's catalogue
 * together with the UI's texts (./index.ts), before anything translated renders.
 */
type Catalogue = Record<MessageKey, string>;

const loaders: Record<Language, () => Promise<Catalogue>> = {
  en: () => import('../../contract/messages/en.js').then((module) => module.en),
  fr: () => import('../../contract/messages/fr.js').then((module) => module.fr),
  nl: () => import('../../contract/messages/nl.js').then((module) => module.nl),
};

/** The catalogues loaded so far (the contract's `messages`, but only the languages in use). */
export const messages: Partial<Record<Language, Catalogue>> = {};

/** Fetches a language's catalogue once; the UI calls it when it switches to that language. */
export async function loadContractMessages(language: Language): Promise<void> {
  messages[language] ??= await loaders[language]();
}

/** Any loaded catalogue: all three have the same keys (a test checks it). */
const anyCatalogue = (): Catalogue | undefined =>
  messages.en ?? messages.fr ?? messages.nl ?? undefined;

export const isMessageKey: typeof Eager.isMessageKey = (key): key is MessageKey => {
  const catalogue = anyCatalogue();
  return catalogue !== undefined && key in catalogue;
};

/**
 * As the contract's `translate`. A language not loaded yet (the UI has switched away meanwhile)
 * is answered in one that is, rather than with a key.
 */
export const translate: typeof Eager.translate = (language, key, params = {}) => {
  const catalogue = messages[language] ?? anyCatalogue();
  if (!catalogue) return key;
  const template = isMessageKey(key) ? catalogue[key] : catalogue['validation.invalid'];
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
};

export type { MessageKey };
