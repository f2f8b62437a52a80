import { useTranslation } from 'react-i18next';
import { AccountantSignupForm } from '../features/team/AccountantSignupForm';
import { usePageTitle } from '../lib/use-page-title';

export function AccountantSignupPage() {
  const { t } = useTranslation();
  usePageTitle(t('accountant.signup.title'));
  return <AccountantSignupForm />;
}
