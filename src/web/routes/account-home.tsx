import { useTranslation } from 'react-i18next';
import { AccountHome } from '../features/team/AccountHome';
import { usePageTitle } from '../lib/use-page-title';

export function AccountHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('accountant.home.pageTitle'));
  return <AccountHome />;
}
