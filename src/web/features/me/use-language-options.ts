import { useTranslation } from 'react-i18next';
import type { Language } from '../../../contract/index.js';

/** Languages in their own name, so a visitor always recognises theirs. */
export function useLanguageOptions(): { value: Language; label: string }[] {
  const { t } = useTranslation();
  return [
    { value: 'fr', label: t('language.fr') },
    { value: 'nl', label: t('language.nl') },
    { value: 'en', label: t('language.en') },
  ];
}
