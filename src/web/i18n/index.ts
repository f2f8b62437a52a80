import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../contract/index.js';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import { detectLanguage, isLanguage, storeLanguage } from './language';

const resources = {
  en: { translation: en },
  fr: { translation: fr },
  nl: { translation: nl },
} as const;

// Screen readers, hyphenation and the browser's own widgets follow <html lang>.
i18n.on('languageChanged', (language: string) => {
  document.documentElement.lang = language;
});

// Resources are bundled, so initialisation is synchronous and the first render is translated.
void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  initAsync: false,
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
