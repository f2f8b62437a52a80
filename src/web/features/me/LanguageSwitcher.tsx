import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../contract/index.js';
import { currentLanguage } from '../../i18n';
import { useChangeLanguage } from './use-change-language';
import { useLanguageOptions } from './use-language-options';

/** FR / NL / EN toggle for the public pages. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const options = useLanguageOptions();
  return (
    <SegmentedControl<Language>
      size="xs"
      radius="xl"
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={changeLanguage}
      data={options.map(({ value, label }) => ({
        value,
        label: (
          <span data-testid={`lang-${value}`} lang={value} title={label}>
            {value.toUpperCase()}
          </span>
        ),
      }))}
    />
  );
}
