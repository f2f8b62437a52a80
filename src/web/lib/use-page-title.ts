import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title to "<page> · Facto". */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
}
