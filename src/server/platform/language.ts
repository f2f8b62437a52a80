import { LANGUAGES, type Language } from '../../contract/index.js';

/**
 * The language of a response: the first supported language of Accept-Language, else the
 * user's saved language, else English.
 */
export function pickLanguage(
  acceptLanguage: string | undefined,
  userLanguage: Language | undefined,
): Language {
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part) => {
        const [tag = '', ...params] = part.trim().split(';');
        const q = params.find((p) => p.trim().startsWith('q='));
        return { tag: tag.toLowerCase().slice(0, 2), q: q ? Number(q.trim().slice(2)) : 1 };
      })
      .filter((entry) => entry.q > 0)
      .sort((a, b) => b.q - a.q);
    for (const { tag } of ranked) {
      if ((LANGUAGES as readonly string[]).includes(tag)) return tag as Language;
    }
  }
  return userLanguage ?? 'en';
}
