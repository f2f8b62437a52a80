import { DOCUMENT_LANGUAGES, type Product } from '../../../contract/index.js';

/** The name in the UI language, else the first one filled in (at least one always is). */
export function localizedName(name: Product['name'], language: string): string {
  const preferred = DOCUMENT_LANGUAGES.find((code) => code === language);
  const order = preferred ? [preferred, ...DOCUMENT_LANGUAGES] : DOCUMENT_LANGUAGES;
  for (const code of order) {
    const value = name[code];
    if (value) return value;
  }
  return '';
}
