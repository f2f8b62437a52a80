import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../contract/index.js';
import { loadContractMessages } from './contract-messages';
import { detectLanguage, isLanguage, storeLanguage } from './language';

/**
 * Each language's texts are a chunk of their own, fetched when that language is first used: a
 * visitor downloads one catalogue, not three. The contract's messages (form validation, API
 * errors) come in the same step, so both are there before anything translated renders.
 */
const uiCatalogues: Record<Language, () => Promise<ResourceKey>> = {
  en: () => import('./en').then((module) => module.en),
  fr: () => import('./fr').then((module) => module.fr),
  nl: () => import('./nl').then((module) => module.nl),
};

const loadCatalogues = async (language: Language): Promise<ResourceKey> => {
  const [ui] = await Promise.all([uiCatalogues[language](), loadContractMessages(language)]);
  return ui;
};

/** i18next asks this backend for a language it has not loaded, including on `changeLanguage`. */
const lazyCatalogues: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (!isLanguage(language)) {
      callback(new Error(`no catalogue for ${language}`), null);
      return;
    }
    loadCatalogues(language).then(
      (catalogue) => callback(null, catalogue),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

// Screen readers, hyphenation and the browser's own widgets follow <html lang>.
i18n.on('languageChanged', (language: string) => {
  document.documentElement.lang = language;
});

/**
 * Starts loading the chosen language's texts. Components that translate suspend until they are
 * loaded (react-i18next's default), so the first paint is already in the reader's language. No
 * fallback language: the catalogues are complete (a test checks it), and a fallback would mean
 * fetching English for every visitor too.
 */
void i18n
  .use(lazyCatalogues)
  .use(initReactI18next)
  .init({
    lng: detectLanguage(),
    fallbackLng: false,
    supportedLngs: LANGUAGES,
    load: 'currentOnly',
    interpolation: { escapeValue: false },
  });

/** The language the UI currently speaks, narrowed to the ones the API knows. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'en';
}

export { i18n };

/** Switches the UI language and remembers it on this device for the next visit's login page. */
export async function switchLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}
